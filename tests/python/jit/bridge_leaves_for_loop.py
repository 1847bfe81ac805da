# Exits of a `for` loop's trace whose path leaves the loop: `return` and `break` from inside the
# `for` pop its iterator first (raytrace's Scene.shadowed, go's searches), a `while` loop's test
# fails or it breaks. Such exits stay with tier 1; results, the loop variable after the loop and
# the iterator's state must be tier 1's. Also a generator expression
# over a dict view inside a traced loop (json_parse's count_nodes).

class Ball:
    def __init__(self, r):
        self.r = r
    def hit(self, x):
        return abs(x - self.r)

def shadowed(objs, x, limit):
    for o in objs:
        if o.hit(x) < limit:
            return True
    return False

def first_big(xs, bound):
    found = None
    for x in xs:
        if x > bound:
            found = x
            break
    return found, x

def scan(s, i):
    while i < len(s):
        if s[i] == "#":
            break
        i += 1
    return i

objs = [Ball(r) for r in (3, 17, 40, 41, 90)]
hits = 0
for k in range(20000):
    if shadowed(objs, k % 100, (k % 7) + 0.5):
        hits += 1
print(hits)

total = 0
for k in range(20000):
    f, last = first_big(range(k % 13 + 1), k % 11)
    total += (f or 0) + last if k % 13 else 0
print(total)

text = ("ab#" * 3 + "cdef" * 5 + "#") * 20
pos = 0
count = 0
for k in range(6000):
    pos = scan(text, (k * 7) % len(text))
    count += pos
print(count)

it = iter(range(100000))
for x in it:
    if x == 77777:
        break
print(x, next(it))

def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_nodes(v) for v in value)
    return 1

class D(dict):
    def values(self):
        return list(super().values())[::-1]

docs = [{"a": [1, 2, {"b": k}], "c": {"d": [k, k]}} for k in range(300)]
docs.append(D(x=[1], y={"z": 2}))
n = 0
for rep in range(30):
    for d in docs:
        n += count_nodes(d)
print(n)
d = {i: i * i for i in range(50)}
acc = 0
for rep in range(3000):
    acc += sum(v for v in d.values()) + sum(k for k in d.keys()) + sum(a * b for a, b in d.items())
print(acc)
