# hash(): numeric equality implies equal hashes, special values, containers, user classes and the unhashable rules
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(-1), hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100) == hash(2**100 % (2**61 - 1)), hash(10**30))
print(hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(2**-50))
print(hash(1e100) == hash(int(1e100)), hash(0.1) == hash(0.1), hash(3.0) == hash(3))
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1})) == hash(frozenset({1.0})))
print(hash(1j) == hash(complex(0, 1)), hash(complex(5, 0)) == hash(5), hash(range(3)) == hash(range(0, 3)))
for v in [[], {}, set(), bytearray(), slice(1)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 5
class Inherits(EqAndHash):
    def __eq__(self, o):
        return False
class KeepsHash(EqAndHash):
    def __eq__(self, o):
        return False
    __hash__ = EqAndHash.__hash__
class ExplicitNone:
    __hash__ = None
class Plain:
    pass
print(EqOnly.__hash__, hash(EqAndHash()), Inherits.__hash__, hash(KeepsHash()), hasattr(Plain(), "__hash__"))
for cls in [EqOnly, Inherits, ExplicitNone]:
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {cls(): 1}
    except TypeError as e:
        print(type(e).__name__, e)
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Huge:
    def __hash__(self):
        return 2**64 + 3
print(hash(Huge()) == hash(2**64 + 3))
class IntSub(int):
    pass
class IntSubHash(int):
    def __hash__(self):
        return 99
print(hash(IntSub(7)), hash(IntSubHash(7)), {IntSub(7): "v"}[7], {7: "x"}.get(IntSubHash(7)))
class StrSub(str):
    def __eq__(self, o):
        return str.__eq__(self, o)
try:
    hash(StrSub("a"))
except TypeError as e:
    print(type(e).__name__, e)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: "a", False: "b", 0.0: "c"})
print(len({1, 1.0, True, 2, 2.0}), {-0.0: 1}[0], {(1, 2): 1}[(1.0, 2.0)])
nan = float("nan")
nd = {nan: 1}
print(nd.get(nan), nd.get(float("nan")), len({nan: 1, float("nan"): 2}))
