# N-dimensional memoryview from cast(fmt, shape): tuple indexing, tolist, strides, contiguity, and CPython's limits
m = memoryview(bytearray(range(12))).cast("B", shape=[3, 4])
print(m.ndim, m.shape, m.strides, len(m), m.nbytes, m.tolist(), m[1, 2], m.tobytes(), m.hex(), m.c_contiguous, m.f_contiguous, m.contiguous)
m[2, 3] = 99
print(m.obj, m.cast("B").tolist()[-1], m[::2].shape, m[::2].tolist(), m[1:].strides, m[::-1].tolist())
h = memoryview(bytes(range(8))).cast("H", shape=[2, 2])
print(h.tolist(), h.format, h.strides, h == memoryview(bytes(range(8))).cast("H", shape=[2, 2]), h.cast("B").cast("B", [8]).shape)

for thunk in [lambda: m[0], lambda: m[1, 2, 3], lambda: m[1:2, 0], lambda: list(m), lambda: m[5, 0], lambda: m["a"],
              lambda: m.cast("B", shape=[12]).shape, lambda: m.cast("H").tolist(), lambda: memoryview(b"abcdef").cast("B", shape=[2, 4]),
              lambda: memoryview(b"abcdef").cast("B", [2, 3]).cast("B", [3, 2]), lambda: m[::2].cast("B"), lambda: m[1, 2:3],
              lambda: memoryview(b"ab").cast("B", shape=[]), lambda: memoryview(b"a").cast("B", shape=[]).tolist(), lambda: m == m.tobytes(),
              lambda: m[0, 0, 0], lambda: m[(1,)], lambda: memoryview(b"ab")[()], lambda: memoryview(b"a").cast("B", []).__getitem__(()),
              lambda: len(memoryview(b"a").cast("B", [])), lambda: m.__setitem__((0, 0), 300), lambda: m[-1, -1]]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
z = memoryview(b"a").cast("B", [])
print(z.ndim, z.shape, z.strides, z.tolist(), z.tobytes(), z[()], len(z), z[...].tolist(), z.nbytes, z.c_contiguous)
for thunk in [lambda: list(z), lambda: z[0], lambda: hash(memoryview(bytes(4)).cast("H")), lambda: memoryview(b"ab").cast("B", [0, 2]),
              lambda: memoryview(b"ab").cast("B", [2, "x"]), lambda: memoryview(b"ab").cast("B", 2), lambda: memoryview(b"ab")[...],
              lambda: memoryview(bytearray(6)).cast("B", [2, 3]).__setitem__(slice(0, 1), b"abc"), lambda: memoryview(bytes(6)).cast("B", [2, 3]).__setitem__(0, 1)]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
w = memoryview(bytearray(6)).cast("B", [2, 3])
w[1, 2] = 7
w[0, 0] = 1
print(w.tolist(), w.obj, w == memoryview(bytes([1, 0, 0, 0, 0, 7])).cast("B", [2, 3]), w == bytes([1, 0, 0, 0, 0, 7]))
