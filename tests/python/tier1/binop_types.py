# BINARY_OP sites that specialize, then see other types (deoptimize, re-specialize).

class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return Money(o + self.v)
    def __sub__(self, o):
        return Money(self.v - (o.v if isinstance(o, Money) else o))
    def __mul__(self, o):
        return Money(self.v * o)
    def __truediv__(self, o):
        return Money(self.v / o)
    def __repr__(self):
        return f"Money({self.v!r})"

class MyInt(int):
    def __add__(self, o):
        return "MyInt.add"
    def __sub__(self, o):
        return "MyInt.sub"

class MyFloat(float):
    def __mul__(self, o):
        return "MyFloat.mul"
    def __truediv__(self, o):
        return "MyFloat.div"

class MyStr(str):
    def __add__(self, o):
        return "MyStr.add"

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def div(a, b):
    return a / b

def fdiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def iadd(a, b):
    a += b
    return a

def run(f, pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(f(a, b))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

phases = [
    [(i, i + 1) for i in range(200)],
    [(i * 0.5, 1.5) for i in range(200)],
    [(i, 0.25) for i in range(100)] + [(0.75, i) for i in range(100)],
    [("s%d" % i, "t") for i in range(150)],
    [(Money(i), 3) for i in range(100)],
    [(MyInt(i), 1) for i in range(100)],
    [(MyFloat(i), 2.0) for i in range(100)],
    [(MyStr("x"), 2) for i in range(100)],
    [(True, 1), (False, True), (True, 2.5)] * 40,
    [(2**62, 2**62), (-2**63, -1), (9223372036854775807, 1), (-9223372036854775808, 1)] * 40,
    [(10**30, 3), (3, 10**30), (10**30, 0.5)] * 40,
    [(i, i + 1) for i in range(200)],
    [(1, 0), (1.0, 0.0), (1, 0.0), (0.0, 0), (5, 0)] * 30,
    [([1], [2]), ((1,), (2,)), (b"a", b"b")] * 30,
    [(1, "a"), ("a", 1), (None, 1)] * 30,
    [(float("inf"), 1), (float("nan"), 2), (-0.0, 0.0), (1e308, 1e308)] * 30,
]

for f in (add, sub, mul, div, fdiv, mod, iadd):
    for p in phases:
        r = run(f, p)
        print(f.__name__, len(r), r[:3], r[-2:])

# one site, the type changing every iteration
def mixed(n):
    vals = [1, 2.5, "s", Money(1), MyInt(3), 10**20, True]
    acc = []
    for i in range(n):
        v = vals[i % len(vals)]
        try:
            acc.append(v + v)
        except Exception as e:
            acc.append(type(e).__name__)
    return acc

r = mixed(700)
print(len(r), r[:7], r[-7:])

# accumulations that overflow 64 bits in a hot loop
def fact(n):
    r = 1
    for i in range(1, n + 1):
        r *= i
    return r

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fact(30), fact(25) // fact(23), fib(100), fib(95) % 1000007)
x = 0
for i in range(300):
    x = x - 9223372036854775807
print(x)
