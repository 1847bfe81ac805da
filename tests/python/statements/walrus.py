if (n := len("hello")) > 3:
    print("long", n)

data = [1, 2, 3, 4, 5, 6]
evens = [y for x in data if (y := x * 2) > 6]
print(evens, y)

# Walrus in a comprehension binds in the enclosing scope.
def f():
    [last := v for v in range(4)]
    return last
print(f())

it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("got", v)

print((a := 10) + a)
values = [(z := 2), z ** 2, z ** 3]
print(values)

def g(seq):
    if any((hit := item) > 2 for item in seq):
        return hit
    return None
print(g([1, 2, 3, 4]), g([0]))

total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)
