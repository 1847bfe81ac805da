# Float ** in traced loops (nbody's `d2 ** 0.5`): the exponent 0.5, integral and negative
# exponents, and operands that leave the float result mid-loop: a negative base to a fractional
# power (a complex), zero to a negative power (ZeroDivisionError), a result out of range
# (OverflowError), nan and inf operands.
def norms(xs, e):
    out = 0.0
    for i in range(len(xs)):
        out += xs[i] ** e
    return out

base = [float(i) + 0.25 for i in range(3000)]
print(norms(base, 0.5), norms(base, 2), norms(base, -1.5), norms(base, 3.0))
print(norms(base + [float('nan'), float('inf')], 0.5))
print(norms(base + [-4.0], 0.5))
print(norms(base + [-4.0], 2.0))
try:
    norms(base + [0.0], -1.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    norms(base + [1e300], 2.0)
except OverflowError as e:
    print(type(e).__name__, e)

def mixed(n):
    t = 0.0
    for i in range(n):
        t += (i + 1) ** 0.5 + 2 ** (i * 0.001) + (i * 0.5) ** 2
    return t
print(mixed(3000))
norms(base + [0.0], -2.0)
