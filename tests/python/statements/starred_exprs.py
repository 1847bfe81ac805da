a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*"hi", *range(2)])
print({**{"x": 1}, "y": 2, **dict(z=3)})
first, *rest = *a, *b
print(first, rest)
print(*a, *b, sep="-")
def f(*args):
    return args
print(f(*a, 0, *b), f(*[]), f(*(), *{}))
t = *a, 5
print(t)
nested = [[*a], [*b]]
print(nested, [*nested[0], *nested[1]])
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
print(*(i * i for i in range(4)))
s = {*()}
print(s, type(s).__name__)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
