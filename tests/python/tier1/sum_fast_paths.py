# sum() keeps an int total in a machine word and a float total in a double while the items
# allow it (CPython's builtin_sum fast paths); overflow, other types and subclasses with
# their own __add__/__radd__ must give exactly the generic results.
big = 2 ** 62
print(sum([1, 2, 3]), sum(range(1000)), sum([]), sum([], 5), sum([True, True, 3]))
print(sum([big, big, big]), sum([-big, -big, -big, -big]), sum([2 ** 63 - 1, 1, -1]))
print(sum([10 ** 20, 1]), sum([1, 10 ** 20, 1]), sum([-(2 ** 63), -1]))
print(sum([1.5, 2.25]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([1e308, 1e308]), sum([1.0, True, 2]))
print(sum([1.5, 10 ** 30]), sum([1.5, 2 ** 63, 1]), sum([0.5, 2 ** 63 - 1]))
print(sum([1, 2], 0.5), sum([1.5], 10 ** 30), sum([1, 2], 2 ** 70))
print(repr(sum([-0.0, -0.0])), repr(sum([-0.0], -0.0)), repr(sum([-0.0])), sum([float("inf"), 1]))
nan = sum([float("nan"), 1.0])
print(nan != nan)
print(sum([1, 2.5, 1j]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __radd__(self, other):
        return "MyInt.__radd__"
class MyFloat(float):
    def __radd__(self, other):
        return "MyFloat.__radd__"
print(sum([1, MyInt(5)]), sum([MyInt(5), 1]), sum([1.5, MyInt(5)]), sum([MyInt(5)], 1.5))
print(sum([1, MyFloat(2.0)]), sum([1.5, MyFloat(2.0)]))
def gen():
    yield 1
    yield 2.5
    yield 3
print(sum(gen()), sum(x * 0.5 for x in range(10)))
for bad in ([1, "a"], [1.5, "a"], ["a", "b"]):
    try:
        sum(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__, e)
