# memoryview: views share memory, attributes, cast, comparisons, release and export locking
ba = bytearray(b"hello world")
m = memoryview(ba)
print(m.obj is ba, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.readonly, m.suboffsets, m.c_contiguous, m.contiguous)
v = m[6:]
v[0] = ord("W")
print(ba, bytes(v), v.obj is ba, len(v), v.tolist()[:3], v.hex(), v.hex("-", 2))
s = m[::2]
print(bytes(s), s.shape, s.strides, s.c_contiguous, len(s), s[1], s[-1], bytes(m[::-1]), bytes(m[8:2:-2]))
s[0:2] = b"HL"
print(ba)
print(m == ba, m == b"HeLlo World", m != b"x", memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") == bytearray(b"ab"))
print(memoryview(b"ab") == "ab", memoryview(b"ab") == [97, 98], b"ab" == memoryview(b"ab"), bytearray(b"ab") == memoryview(b"ab"))
print(list(memoryview(b"\x01\x02")), [x for x in memoryview(bytearray(b"z"))], 97 in memoryview(b"abc"), memoryview(b"").tolist())
c = memoryview(b"\x01\x00\x02\x00\xff\xff\xff\xff").cast("H")
print(c.format, c.itemsize, len(c), c.nbytes, c.tolist(), c[0], c.shape, c.strides, c.cast("B").tolist()[:2])
print(memoryview(b"\xff\x01").cast("b").tolist(), memoryview(b"ab").cast("c").tolist(), memoryview(b"\x01\x00\x00\x00").cast("i").tolist())
print(memoryview(bytes(8)).cast("d").tolist(), memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(b"\x00\x01").cast("?").tolist())
print(memoryview(b"abcd").cast("B", shape=[4]).tolist(), memoryview(b"\x05\x00\x00\x00\x00\x00\x00\x00").cast("q").tolist())
w = memoryview(bytearray(4)).cast("H")
w[0] = 513; w[1] = 65535
print(w.obj, w.tolist())
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"abc").toreadonly().readonly, memoryview(m).obj is ba)
for thunk in [lambda: w.__setitem__(0, 65536), lambda: w.__setitem__(0, -1), lambda: w.__setitem__(0, "a"),
              lambda: memoryview(b"abc").cast("H"), lambda: memoryview(b"ab").cast("x"), lambda: c.cast("I"),
              lambda: s.cast("B"), lambda: memoryview(b"ab")[2], lambda: memoryview(b"ab")["a"],
              lambda: memoryview(b"ab").__delitem__(0), lambda: memoryview(bytearray(b"ab")).__setitem__(0, 256),
              lambda: memoryview(bytearray(b"ab")).__setitem__(0, b"a"), lambda: memoryview(bytearray(b"ab")).__setitem__(slice(0, 2), b"a"),
              lambda: hash(memoryview(bytearray(b"x"))), lambda: memoryview(1), lambda: memoryview(), lambda: memoryview(b"a") < memoryview(b"b"),
              lambda: memoryview(b"ab").cast(), lambda: memoryview(b"abcd").cast("B", shape=[3])]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
for thunk in [lambda: ba.append(1), lambda: ba.extend(b"xy"), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__delitem__(0),
              lambda: ba.__setitem__(slice(0, 1), b"xyz"), lambda: ba.__iadd__(b"x"), lambda: ba.insert(0, 1)]:
    try:
        print(thunk())
    except BufferError as e:
        print(type(e).__name__, e)
ba[0:2] = b"hE"
print(ba)
for view in (m, v, s, c, w):
    view.release()
m.release()
print(m.nbytes if False else "released")
ba.append(33)
print(ba)
for thunk in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m.tolist(), lambda: m.nbytes, lambda: bytes(m),
              lambda: m.format, lambda: m == m, lambda: m == b"x", lambda: m.hex(), lambda: m.cast("B"), lambda: list(m)]:
    try:
        print(thunk())
    except ValueError as e:
        print(type(e).__name__, e)
with memoryview(bytearray(b"ctx")) as cm:
    cm[0] = 67
    print(cm.tobytes())
print(cm.obj if False else "done")
try:
    with cm:
        pass
except ValueError as e:
    print(type(e).__name__, e)
