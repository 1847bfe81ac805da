# FOR_ITER sites over range, list, tuple and str, fed other iterables later; mutation while iterating.

def total(it):
    t = 0
    for x in it:
        t += x
    return t

class MyList(list):
    def __iter__(self):
        return iter([100, 200])

class MyRange:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))

def gen(n):
    for i in range(n):
        yield i

for it in [range(100), range(10, -10, -3), range(0), [1, 2, 3] * 30, (4, 5, 6) * 30, MyList([1, 2, 3]),
           MyRange(10), gen(10), {1: 2, 3: 4}, {5, 6}, range(2**62, 2**62 + 3), iter([7, 8])]:
    print(total(it))

def chars(s):
    out = []
    for c in s:
        out.append(c)
    return "".join(reversed(out))

print(chars("abcdef" * 20)[:10], chars(("x", "y")), chars(["p", "q"]))

# appending while iterating: the loop sees the new items
xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 50:
        xs.append(x * 2)
print(seen)

# removing while iterating: items are skipped, as in CPython
ys = list(range(20))
out = []
for y in ys:
    out.append(y)
    if y % 3 == 0:
        ys.remove(y)
print(out, ys)

# clearing the list ends the loop
zs = list(range(10))
n = 0
for z in zs:
    n += 1
    if z == 4:
        zs.clear()
print(n)

# nested loops, break and else
def nested(n):
    r = 0
    for i in range(n):
        for j in (1, 2, 3):
            if j == i % 4:
                break
            r += j
        else:
            r += 100
    return r

print(nested(200))

# an exhausted iterator stays exhausted
it = iter(range(3))
print(total(it), total(it))
it = iter([1, 2])
print(total(it), total(it))

# iterator protocol errors inside a hot loop
class Bad:
    def __iter__(self):
        return 5

try:
    total(Bad())
except TypeError as e:
    print("TypeError", e)

class Stops:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 5:
            raise StopIteration
        return self.i

print(total(Stops()))
for k in range(3):
    print(total(range(k * 50)), total([k] * 50), total((k,) * 50))
