# A read-only memoryview's hash is computed once and kept: after release() hash() still answers
# it, while a view never hashed raises ValueError once released.
v = memoryview(b'abc')
h = hash(v)
v.release()
print(hash(v) == h == hash(b'abc'))
w = memoryview(b'xyz')
w.release()
try:
    hash(w)
except ValueError as e:
    print(e)
try:
    hash(memoryview(bytearray(b'q')))
except ValueError as e:
    print(e)
