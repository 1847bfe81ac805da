# A traced `//` and `%` whose divisor becomes zero mid-loop: the zero guard exits and tier 1
# raises ZeroDivisionError at the same line with the same traceback (the last one uncaught).
def ints(n, zero_at):
    s = 0
    for i in range(n):
        d = i - zero_at
        s += (i * 7) // d + (i * 5) % d
    return s

def floats(n, zero_at):
    t = 0.0
    for i in range(n):
        d = (i - zero_at) * 0.5
        t += (i * 1.5) // d - (i * 2.5) % d
    return t

for k in range(3):
    print(ints(100, 1000), floats(100, 1000))
try:
    ints(3000, 2500)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    floats(3000, 2500)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-9223372036854775807 - 1 // -1, (-9223372036854775807 - 1) // -1)
def edge(xs):
    out = []
    for x in xs:
        out.append(x // -1)
    return out
print(edge([5, -5, 0, -9223372036854775807 - 1]))
floats(3000, 2999)
