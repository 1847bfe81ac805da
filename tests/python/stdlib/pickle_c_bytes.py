# _pickle's Pickler writes the same bytes as CPython's C pickler, for every protocol and
# the common kinds of objects (ints of all sizes, floats, str with non-ASCII and surrogates,
# bytes, containers of every size class, shared and recursive structures, classes and
# functions by reference, instances by __dict__, __slots__, __reduce__, __getstate__,
# __getnewargs_ex__), and reads them back.
import pickle, _pickle, io, copyreg, sys
print(pickle.Pickler is _pickle.Pickler, pickle.dumps is _pickle.dumps)
class A:
    def __init__(self): self.x = 1; self.y = [1,2]
class S:
    __slots__ = ('a','b')
    def __init__(self): self.a = 1
class R:
    def __reduce__(self): return (R, ())
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, s): self.s = s
class NE(int):
    def __getnewargs_ex__(self): return ((int(self),), {})
def f(): pass
objs = [0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31-1, 2**31, -2**31-1, 2**63, -2**63, 2**100, -2**100, 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), float('nan'), "", "abc", "h\xe9llo", "\u20ac\U0001f600", "a\ud800b", "x"*300,
        b"", b"abc", b"x"*300, bytearray(b"ab"), bytearray(), (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2,3], list(range(2500)),
        {}, {1:2}, {"a":1, "b":2}, dict.fromkeys(range(1500)), set(), {1,2,3}, frozenset(), frozenset({1,2}), None, True, False,
        A, f, len, pickle.Pickler, A(), S(), R(), G(), NE(5), type(None), type(...), type(NotImplemented), ..., NotImplemented,
        complex(1,2), range(5), slice(1,2), io.BytesIO]
l = [1]; l.append(l)
d = {}; d['d'] = d
t = ([],); t[0].append(t)
s = "shared"; sh = [s, s, (s,)]
objs += [l, d, t, sh]
for proto in range(6):
    for o in objs:
        try:
            b = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(e).__name__, e); continue
        print(proto, b if len(b) < 200 else (len(b), __import__("zlib").crc32(b)))
        try:
            r = pickle.loads(b)
            print(' ', repr(r)[:80] if not isinstance(r, (A, S, G, R, list)) and not callable(r) else type(r).__name__)
        except Exception as e:
            print(' L', type(e).__name__, e)
