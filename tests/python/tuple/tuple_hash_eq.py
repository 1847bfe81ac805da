print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) != hash((2, 1)), hash((1.0, True)) == hash((1, 1)))
print((1, 2) == (1.0, 2.0), (1, (2, [3])) == (1, (2, [3])))
d = {(1, "a"): "tuple key", ((1, 2), (3,)): "nested"}
print(d[(1, "a")], d[((1, 2), (3,))], (1, "a") in d, (1, "b") in d)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __eq__(self, other):
        print("K.__eq__")
        return True
    __hash__ = object.__hash__
k = K()
print((k,) == (k,), (K(),) == (K(),), [K()] == [1])
