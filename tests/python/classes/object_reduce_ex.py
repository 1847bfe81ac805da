import copy, copyreg
class P:
    def __init__(self): self.x = 1; self.y = [1, 2]
p = P()
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[2], r[3], r[4])
print(p.__reduce_ex__(0)[0] is copyreg._reconstructor)
q = copy.deepcopy(p); print(q.x, q.y, q.y is p.y)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 5
print(s.__reduce_ex__(2)[2], S.__slotnames__)
print(copy.copy(s).a)
class L(list): pass
l = L([1, 2]); l.z = 3
r = l.__reduce_ex__(2); print(r[2], list(r[3]), r[4])
print(copy.deepcopy(l), copy.deepcopy(l).z)
class D(dict): pass
print(sorted(D(a=1).__reduce_ex__(2)[4]))
class N:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
print(N().__reduce_ex__(2)[0].__name__, N().__reduce_ex__(2)[1][1:])
print(object.__reduce_ex__, type(object().__reduce__()))
print(object().__reduce_ex__(2)[1])
import enum
class Color(enum.Enum):
    RED = 1
print(Color.RED, copy.deepcopy(Color.RED) is Color.RED)
try: copy.copy(memoryview(b'x'))
except TypeError as e: print(e)
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
print(G().__reduce_ex__(2)[2], copy.copy(G()).v)
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2) == (R, ()))
print(object().__getstate__(), P().__getstate__())
