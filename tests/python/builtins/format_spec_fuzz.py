# Pseudo-random format specs on ints, floats and complexes: results and ValueErrors as CPython.
state = 3
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
alpha = "<>^=+- z#0123456789,_.eEfFgGn%xXobcds*\u00e9"
vals = [0, -7, 255, 2**70, True, 0.0, -0.0, 1.5, -1234.5678, 1e300, 5e-324, float("inf"), float("nan"), 1j, complex(-1.5, 2.25), complex(0, -0.0)]
for i in range(600):
    spec = "".join(alpha[rnd() % len(alpha)] for _ in range(rnd() % 7))
    v = vals[rnd() % len(vals)]
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    print(repr(v), repr(spec), r[:120])
