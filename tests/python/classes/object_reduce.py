# object.__reduce_ex__/__reduce__: the default protocol copy uses
import copy, copyreg

class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'P(%r)' % (self.x,)

p = P([1, 2])
q, r = copy.copy(p), copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x)
red = P(1).__reduce_ex__(2)
print(red[0] is copyreg.__newobj__, red[1][0] is P, red[2], red[3:], len(red))
print(P(1).__reduce_ex__(1)[0] is copyreg._reconstructor, P(1).__reduce__()[1])
print(object().__reduce_ex__(4)[1:3])

class N:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o
n = copy.copy(N(7))
print(n.args, N().__reduce_ex__(2)[1][1:])

class K:
    def __getnewargs_ex__(self):
        return (3,), {'k': 4}
    def __new__(cls, *args, **kwargs):
        o = super().__new__(cls)
        o.got = (args, kwargs)
        return o
print(copy.copy(K()).got, K().__reduce_ex__(4)[0] is copyreg.__newobj_ex__)

class L(list):
    pass
l = L([1, 2])
l.a = 5
m = copy.deepcopy(l)
print(m, type(m).__name__, m.a, list(L([3]).__reduce_ex__(2)[3]))

class D(dict):
    pass
print(sorted(D(a=1).__reduce_ex__(2)[4]))

class Own:
    def __reduce__(self):
        return (Own, ())
print(Own().__reduce_ex__(2), Own().__reduce_ex__(0))
for bad in [1.5, 'x']:
    try:
        object().__reduce_ex__(bad)
    except TypeError as e:
        print('TypeError', e)
class Bad:
    def __getnewargs__(self):
        return [1]
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)
