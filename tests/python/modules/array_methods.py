from array import array
for tc, v in [("b", 200), ("b", -200), ("B", -1), ("B", 256), ("h", 40000), ("h", -40000), ("H", -1), ("H", 70000), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("L", 2**64), ("q", 2**63), ("Q", -1), ("Q", 2**64),
  ("i", "a"), ("i", 1.5), ("f", "x"), ("d", None), ("u", 1), ("u", "ab"), ("b", True)]:
    try: print(tc, array(tc, [v]))
    except Exception as e: print(tc, v, type(e).__name__, e)
for f in [lambda: array("z"), lambda: array(), lambda: array(1), lambda: array("ii"), lambda: array("i", "abc"), lambda: array("u", "abc"), lambda: array("b", b"\x01\xff"), lambda: array("h", b"\x01"),
  lambda: array("i", [1,2]) + array("d", [1.0]), lambda: array("i", [1]) + [2], lambda: array("i", [1, 2, 3]).index(5), lambda: array("i").pop(), lambda: array("i", [1]).remove(9),
  lambda: array("i", [1,2])[5], lambda: array("d", [1.5, 2.5]), lambda: repr(array("u", "hi")), lambda: array("i", range(5))[1:4], lambda: array("i", range(5))[::-2], lambda: array("i", [1,2]) == array("d", [1.0, 2.0]),
  lambda: array("i", [1,2]) < array("i", [1,3]), lambda: array("i", [1]) * 3, lambda: 2 * array("b", [7]), lambda: array("i", [3,1,2]).tolist(), lambda: array("H", [1,2]).tobytes(), lambda: array("i", [1]).itemsize,
  lambda: array("q").typecode, lambda: bytes(array("h", [1, -1])), lambda: array("i", [1,2,3]).count(2), lambda: list(reversed(array("b", [1,2,3]))),
  lambda: array("f", [0.1])[0], lambda: array("u", "abc").tounicode(), lambda: array("i", [1]).tounicode(), lambda: sorted(n for n in dir(array) if not n.startswith("__")), lambda: array.__module__, lambda: array("b", [1]).fromlist(5),
  lambda: array("i", [1,2,3]).__setitem__(slice(0, 2), array("i", [9])), lambda: array("i", [1,2,3]).__setitem__(slice(0, 2), [9]), lambda: bytes(memoryview(array("h", [1, 2]))),
 ]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = array("i", [1, 2, 3]); a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 99); print(a, a.pop(), a.pop(0), a)
a.reverse(); a.byteswap(); print(a); a.byteswap(); a.frombytes(b"\x07\x00\x00\x00"); a.fromlist([8]); print(a, a.buffer_info()[1], len(a), 7 in a)
del a[1:3]; a[0] = -5; a += array("i", [10]); a *= 2; print(a, a.index(10), a.index(10, 5))
u = array("u", "hé"); u.fromunicode("x"); print(u, u.tounicode())
import io, pickle, copy, struct
a = array("d", [1.5, -2.25, 1e300])
f = io.BytesIO(); a.tofile(f); f.seek(0); b = array("d"); b.fromfile(f, 3); print(b == a, b)
f.seek(0)
try: array("d").fromfile(f, 5)
except EOFError as e: print("EOFError", e)
print(copy.copy(a), copy.deepcopy(array("u", "xy")))
print(struct.unpack("<3d", a), array("b", b"\x01\x02") + array("b", [3]), array("Q", [2**64 - 1]), array("q", [-2**63]))
class MyArr(array):
    pass
m = MyArr("i", [1, 2]); m.tag = "t"; print(m, m.tag, type(m[:1]).__name__, isinstance(m, array))
