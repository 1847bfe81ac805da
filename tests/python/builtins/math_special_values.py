# math, cmath, float ** and complex ** at special values (zeros, infinities, NaN, range edges, huge ints):
# results and errors as CPython's, which gets them from the C library and its errno.
import math, cmath
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-310, -1e-310, 1e308, -1e308, 710.0, -710.0, 745.2, -745.2, 1e16, 1e300, math.inf, -math.inf, math.nan, 3, -3, 10**400, 0.9999999999999999, 1.0000000000000002]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2", "expm1", "log1p", "sin", "sinh", "tan", "tanh", "log", "log2", "log10", "gamma", "lgamma", "sqrt"]
for n in names:
    out = []
    for v in vals:
        try:
            r = getattr(math, n)(v)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
for n in ["pow", "atan2", "fmod", "hypot", "copysign", "remainder", "log"]:
    out = []
    for v in vals[::2]:
        for w in vals[1::3]:
            try:
                out.append(repr(getattr(math, n)(v, w)))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(n, " ".join(out))
out = []
for v in vals[:22]:
    for w in vals[1:22:2]:
        try:
            out.append(repr(v ** w))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
print("**", " ".join(out))
for n in ["exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "log10"]:
    out = []
    for v in vals[:22:3]:
        for w in vals[1:22:4]:
            try:
                out.append(repr(getattr(cmath, n)(complex(v, w))))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
    print("c" + n, " ".join(out))
out = []
for v in vals[:20:3]:
    for w in vals[1:20:4]:
        try:
            out.append(repr(complex(v, w) ** complex(w, v)))
            out.append(repr(abs(complex(v, w))))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
print("c**", " ".join(out))
