# math on pseudo-random arguments: correctly rounded functions printed in full, erf/erfc/sin/cos/tan to 12 digits.
import math
state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "asinh", "acosh", "atanh", "cbrt", "erf", "erfc", "gamma", "lgamma"]
for i in range(120):
    x = (rnd() % 2000000) / 100000 - 10 + (rnd() % 1000) / 1e9
    if i % 3 == 0:
        x = x / 10
    for n in names:
        try:
            v = getattr(math, n)(x)
            r = f"{v:.12g}" if n in ("erf", "erfc", "sin", "cos", "tan", "asinh") else repr(v)
        except Exception as e:
            r = type(e).__name__
        print(n, repr(x), r)
for i in range(80):
    x = (rnd() % 10**6) / 1000 - 500; y = (rnd() % 10**6) / 1000 - 500
    print(f"{math.atan2(x, y):.15g}", math.hypot(x, y), math.dist((x, y, 1.5), (y, x, -2.5)), math.fsum([x, y, 1e-10, x * 1e10]), math.remainder(x, y), math.fmod(x, y), math.pow(abs(x), y / 100), math.hypot(x, y, x * y))
