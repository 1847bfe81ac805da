# Comparisons that feed a conditional jump (if/while), specialized then given other types.

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v

class Odd:
    def __lt__(self, o):
        return Truthy(True)
    def __gt__(self, o):
        return []
    def __eq__(self, o):
        return "nonempty"
    __hash__ = object.__hash__

class BadBool:
    def __bool__(self):
        raise ValueError("no bool")

class Raises:
    def __lt__(self, o):
        return BadBool()

def classify(a, b):
    r = []
    if a < b:
        r.append("lt")
    if not a <= b:
        r.append("gt")
    if a == b:
        r.append("eq")
    if a != b:
        r.append("ne")
    if a > b:
        r.append("gt2")
    if a >= b:
        r.append("ge")
    return "".join(r)

inputs = ([(i, 50) for i in range(100)] + [(i / 4, 12.5) for i in range(100)]
          + [("k%02d" % i, "k50") for i in range(100)]
          + [(float("nan"), 1.0), (1.0, float("nan")), (-0.0, 0.0), (2**64, 2**64 + 1), (True, False),
             (1, 1.0), ("a", "a"), ("\U0001f600", "z")] * 5
          + [(i, 50) for i in range(100)])
out = [classify(a, b) for a, b in inputs]
print(len(out), out[45:55], out[145:155], out[245:255], out[300:308], out[-3:])

for i in range(60):
    o = Odd()
    if o < 1:
        x = 1
    if o > 1:
        x = 2
    if o == 1:
        x = 3
print(x)

def loop_until(n, step):
    i = 0
    count = 0
    while i < n:
        i += step
        count += 1
    return count, i

print(loop_until(100, 1), loop_until(10.0, 0.5), loop_until(100, 0.75), loop_until(2**65, 2**63))

def mixed_while(vals):
    c = 0
    for v in vals:
        while v < 10:
            v += 3
            c += 1
    return c

print(mixed_while(list(range(50)) + [1.5, 2.5] * 20 + [True, False] * 10))

def cmp_chain(n):
    t = 0
    for i in range(n):
        if 10 < i < 20 or i == 50:
            t += i
    return t

print(cmp_chain(100))
for k in range(30):
    try:
        if Raises() < 1:
            pass
    except ValueError as e:
        last = str(e)
print(last)
for k in range(100):
    pass
try:
    if Raises() < k:
        print("never")
except ValueError as e:
    print("ValueError", e)
