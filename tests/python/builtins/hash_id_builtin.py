a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), a is b, a is not c)
x = object()
print(id(x) == id(x), type(id(x)).__name__)
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(type(hash("abc")).__name__, hash(0), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(0.5), hash(True))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
