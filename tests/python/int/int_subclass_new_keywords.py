# int.__new__ on a subclass honours the base= keyword, as pickle's __getnewargs_ex__
# path (functools.partial(cls.__new__, cls, *args, **kwargs)) relies on.
import functools, pickle

class I(int):
    pass

class Hex(int):
    def __init__(self, *args, **kwargs):
        raise TypeError("__init__ must not run")
    def __getnewargs_ex__(self):
        return ('%X' % self,), {'base': 16}
    def __eq__(self, other):
        return int(self) == int(other) and self.__dict__ == other.__dict__
    __hash__ = int.__hash__

print(int.__new__(I, 'FACE', base=16), type(int.__new__(I, 'ff', base=16)).__name__)
print(I('FACE', base=16), I('11', 2), I('0x10', base=0), I('7', base=10))
print(functools.partial(int.__new__, I, 'z', base=36)())
for bad in [lambda: I('FACE', bass=16), lambda: int.__new__(I, 'FACE', base=10),
            lambda: I(5, base=10), lambda: I(base=16), lambda: I('1', 2, 3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

x = Hex.__new__(Hex, 0xface)
x.abc = 666
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for dumps in (pickle.dumps, pickle._dumps):
        y = pickle.loads(dumps(x, proto))
        print(proto, type(y).__name__, int(y), y.__dict__, y == x)
