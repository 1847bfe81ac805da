def show(*args, **kwargs):
    return args, kwargs

print(show())
print(show(1, 2))
print(show(*"ab", *[1], x=1, **{"y": 2}))
print(show(**{"a": 1}, **{"b": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(show(**Mapping()))

def gen():
    yield 1
    yield 2
print(show(*gen()))
print(show(*range(3), *(), **{}))
print(max(*[3, 1, 2]))

# Evaluation order of arguments is left to right.
def v(x):
    print("eval", x)
    return x
show(v(1), v(2), k=v(3), *[v(4)], **{"m": v(5)})
