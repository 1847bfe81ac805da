# Pseudo-random strings through complex(), float() and int() (bases 10, 0, 36): values and errors as CPython.
state = 11
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
alpha = ["1", "2", "0", ".", "e", "E", "+", "-", "j", "J", "_", " ", "(", ")", "inf", "nan", "x", "infinity", "\u0661", "\u2003", "9"]
for i in range(600):
    s = "".join(alpha[rnd() % len(alpha)] for _ in range(rnd() % 8))
    out = []
    for f in (complex, float, int, lambda t: int(t, 0), lambda t: int(t, 36)):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + " " + str(e))
    print(repr(s), *out)
