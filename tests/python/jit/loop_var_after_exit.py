# Values of every local after leaving a hot loop by each exit (end, break, return, exception):
# a JIT must write back unboxed values exactly.
def run(stop, mode):
    a = 0
    b = 0.0
    c = ""
    d = 1
    for i in range(3000):
        a += i
        b += i / 4
        d = d * 3 % 1000003
        if i % 1000 == 0:
            c += str(i)
        if i == stop:
            if mode == "break":
                break
            if mode == "return":
                return ("ret", i, a, b, c, d)
            if mode == "raise":
                raise RuntimeError((i, a, b, c, d))
    return ("end", i, a, b, c, d)
print(run(-1, "none"))
print(run(2999, "break"))
print(run(2345, "break"))
print(run(2346, "return"))
try:
    run(2347, "raise")
except RuntimeError as e:
    print("raised", e.args[0])
i = None
for i in range(3000):
    pass
print(i)
x = 0
while x < 3001:
    x += 7
print(x)
for j in range(0):
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
