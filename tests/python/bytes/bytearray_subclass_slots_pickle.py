# A bytearray subclass with __slots__ pickles and copies its slots (bytearray.__reduce_ex__ takes
# the state from __getstate__, as CPython 3.11 does); a list subclass too.
import copy, pickle
class B(bytearray):
    __slots__ = ('x', 'y', '__dict__')
b = B(b'abc'); b.x = 10; b.y = 20; b.z = 30
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, c, c.x, c.y, c.z)
c = copy.copy(b); print(c, c.x, c.y, c.z)
print(b.__getstate__())
class L(list):
    __slots__ = ('x',)
l = L([1]); l.x = 5
c = copy.copy(l); print(c, c.x)
print(pickle.loads(pickle.dumps(l)).x)
