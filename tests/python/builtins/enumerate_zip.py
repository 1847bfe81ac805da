print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", [1, 2], (True, False))))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", [1, 2], strict=True)))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(5):
        print("gen yields", i)
        yield i
print(list(zip(gen(), "ab")))
