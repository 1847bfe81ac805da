# Copying and pickling instances of slotted builtin subclasses carries the slot values.
import copy
import pickle

class LS(list):
    __slots__ = ('a', 'b')

x = LS([1, 2])
x.a = 'A'
y = copy.copy(x)
print(type(y).__name__, y, y.a, hasattr(y, 'b'))
z = copy.deepcopy(x)
print(z, z.a)
w = pickle.loads(pickle.dumps(x))
print(type(w).__name__, w, w.a)
print(x.__reduce_ex__(2)[2])

class DS(dict):
    __slots__ = ('tag', '__dict__')

d = DS(k=1)
d.tag = 2
d.extra = 3
e = copy.copy(d)
print(e, e.tag, e.extra)
print(pickle.loads(pickle.dumps(d)).tag)

class E(ValueError):
    __slots__ = ('code',)

ex = E('bad')
ex.code = 7
ex2 = copy.copy(ex)
print(repr(ex2), getattr(ex2, 'code', 'unset'))
