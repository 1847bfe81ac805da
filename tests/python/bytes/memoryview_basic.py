data = bytearray(b"abcdef")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist(), mv.readonly, mv.nbytes)
mv[0] = 65
print(data)
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
print(bytes(sub), sub.tobytes(), len(sub))
ro = memoryview(b"const")
print(ro.readonly, ro == b"const", ro.hex(), ro.format, ro.itemsize, ro.ndim, ro.shape)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as m:
    print(bytes(m))
m.release()
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(memoryview(b"abc")[::-1]), list(memoryview(b"xy")))
