# bytearray slice assignment/deletion, in-place operators, mutators and their errors
b = bytearray(b"0123456789")
b[2:4] = b"ab"; print(b)
b[2:4] = b""; print(b)
b[0:0] = [120, 121]; print(b)
b[-2:] = bytearray(b"XYZ"); print(b)
b[::3] = b"____"; print(b)
del b[::2]; print(b)
del b[1]; print(b)
del b[-1:]; print(b)
b[5:2] = b"!"; print(b)
b[len(b):] = range(65, 68); print(b)
b[1:3] = memoryview(b"mv"); print(b)
b[:] = b; print(b)
b[::-1] = bytes(b); print(b)
del b[10:]; del b[:0]; del b[::-1]; print(b, len(b))
c = bytearray(b"ab")
c += b"cd"; c += bytearray(b"e"); c += memoryview(b"f"); print(c)
c *= 2; print(c)
c *= 0; print(c, len(c))
d = bytearray(b"xyz")
alias = d
d += b"!"
print(alias is d, alias)
d.extend([1, 2]); d.extend(b"\x03"); d.extend(iter([4])); d.extend(bytearray(b"\x05")); d.extend(range(6, 8)); print(d)
d.insert(0, 33); d.insert(-1, 34); d.insert(100, 35); d.insert(-100, 36); print(d)
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(0x78); d.reverse(); print(d)
e = d.copy(); e.clear(); print(e, d == e, d.copy() == d)
f = bytearray(b"abc")
f[0] = 65; f[-1] = 67; print(f, f[0], f[-1], f[::-1], f[1:], type(f[1:]).__name__)
for thunk in [lambda: f.__setitem__(0, 256), lambda: f.__setitem__(0, -1), lambda: f.__setitem__(0, b"a"),
              lambda: f.__setitem__(5, 1), lambda: f.__setitem__("x", 1), lambda: f.__setitem__(slice(0, 1), 5),
              lambda: f.__setitem__(slice(0, 1), "str"), lambda: f.__setitem__(slice(0, 1), [300]),
              lambda: f.__setitem__(slice(None, None, 2), b"abc"), lambda: f.__delitem__(9), lambda: f.__getitem__(3),
              lambda: f.__getitem__("i"), lambda: f.extend(5), lambda: f.extend("s"), lambda: f.extend([1, "a"]),
              lambda: f.insert("0", 1), lambda: f.insert(0, 999), lambda: f.pop(9), lambda: bytearray().pop(),
              lambda: f.remove(120), lambda: f.remove(b"a"), lambda: f.append(), lambda: f + "s", lambda: f.__iadd__("s"),
              lambda: f * "x", lambda: hash(f), lambda: bytearray(b"a") < "a", lambda: f.pop("x")]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
g = bytearray(b"abc")
it = iter(g)
print(next(it)); g.append(100); g[1] = 66
print(list(it), list(reversed(g)), sorted(g), g * 2, 2 * g, g + b"z", b"z" + g, type(b"z" + g).__name__)
