# Builtin classes called in traced loops (CALL_NO_KW_BUILTIN_CLASS): int(), float(), str(),
# tuple(), range(), list() on the values tier 1 answers itself and on others (int of a float, of
# a str, of an object with __index__, float of a big int, NaN and inf raising), `int` rebound as
# a global mid-loop, the argument's type changing at the 1000th iteration, and the same calls
# inside a function the loop inlines (raising there too).

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v * 2

def conversions(n):
    t = 0.0
    s = 0
    for i in range(n):
        t = t + float(i) + float(t > 1.0) * 0.5
        s = s + int(i) + len(str(i)) + int(2.5 * i) + len(tuple([i, i])) + len(tuple(range(i % 3, 4)))
        s = s + len(str("ab")) + int("12") + len(list())
    return t, s

def type_changes(n):
    out = []
    for i in range(n):
        x = i if i < 1000 else float(i) + 0.25 if i < 2000 else Idx(i) if i < 2500 else str(i)
        out.append(int(x))
    return out[998:1002], out[1998:2002], out[2498:2502], sum(out)

def floats_raise(n):
    vals = [float(i) for i in range(n)]
    vals[1500] = float("nan")
    vals[2500] = float("inf")
    t = 0
    for i in range(n):
        try:
            t = t + int(vals[i])
        except (ValueError, OverflowError) as e:
            print(i, type(e).__name__, e)
    return t

def big(n):
    t = 0.0
    for i in range(n):
        t = t + float(2 ** 70 if i == 2000 else i)
    return t

def conv(x):
    return int(x) + float(x) + len(str(x))

def inlined(n):
    t = 0.0
    xs = list(range(n))
    xs[2700] = "seven"
    for i in range(n):
        try:
            t = t + conv(xs[i])
        except ValueError as e:
            print("inlined", i, e)
    return t

def rebound(n):
    global int
    t = 0
    for i in range(n):
        if i == 1800:
            int = lambda v: -1
        t = t + int(i)
    del int
    return t

print(conversions(3000))
print(type_changes(3000))
print(floats_raise(3000))
print(big(3000))
print(inlined(3000))
print(rebound(3000))
