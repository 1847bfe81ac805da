# Pseudo-random int/float/bool operands through // % divmod / ** pow(3 args) comparisons hash round * +: values and errors as CPython.
state = 17
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
def val():
    k = rnd() % 8
    if k == 0: return rnd() % 20 - 10
    if k == 1: return (rnd() - 2 ** 52) * 2 ** (rnd() % 80)
    if k == 2: return ((rnd() % 2001) - 1000) / 8
    if k == 3: return float((rnd() % 21) - 10)
    if k == 4: return (rnd() % 10**6 - 5 * 10**5) / 10 ** (rnd() % 8)
    if k == 5: return [0.0, -0.0, float("inf"), -float("inf"), 1e308, 5e-324][rnd() % 6]
    if k == 6: return True if rnd() % 2 else False
    return 2 ** (rnd() % 70) - 1
ops = [lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b), lambda a, b: a / b, lambda a, b: a ** (b % 7 if isinstance(b, int) else b / 1000),
       lambda a, b: pow(a, b % 50, 1000003) if isinstance(a, int) and isinstance(b, int) else a - b, lambda a, b: a < b, lambda a, b: a == b, lambda a, b: hash(a) == hash(b),
       lambda a, b: round(a, b % 5 - 2) if isinstance(b, int) else round(a), lambda a, b: a * b, lambda a, b: a + b]
for i in range(700):
    a, b = val(), val()
    out = []
    for op in ops:
        try:
            out.append(repr(op(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(a), repr(b), *out)
