# cmath over a grid of special and extreme parts: C99 Annex G tables for infinities and NaNs,
# signed zeros on the branch cuts, huge and subnormal parts, and where each raises.
import cmath

inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.0, -0.5, 1e-310, 1e300, -1.7e308, 710.0, inf, -inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return "%s %s" % (type(e).__name__, e)


for name in names:
    f = getattr(cmath, name)
    print(name)
    for x in parts:
        print("  %r:" % x, " ".join(show(f, complex(x, y)) for y in parts))
print("rect")
for r in parts:
    print("  %r:" % r, " ".join(show(cmath.rect, r, phi) for phi in parts))
