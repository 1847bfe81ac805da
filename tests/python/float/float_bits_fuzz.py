# Pseudo-random doubles (all exponents, subnormals): hex/fromhex, as_integer_ratio, round, hash, repr round trip, // % divmod.
state = 31
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
for i in range(400):
    bits = (rnd() << 11 | rnd() % 2048) % 2 ** 64
    x = float.fromhex("%s0x1.%013xp%d" % ("-" if bits & 1 else "", bits % 2 ** 52, rnd() % 2100 - 1075)) if rnd() % 5 else (rnd() % 100000) / 64
    out = []
    for f in [lambda: x.hex(), lambda: float.fromhex(x.hex()) == x, lambda: x.as_integer_ratio()[1].bit_length(), lambda: round(x, rnd() % 40 - 20), lambda: round(x),
              lambda: x.is_integer(), lambda: int(x) % 1000, lambda: hash(x), lambda: float(repr(x)) == x, lambda: str(x), lambda: f"{x:.17g}", lambda: x // 3.5, lambda: x % -2.25,
              lambda: divmod(x, 1e-3), lambda: x * 1e300, lambda: x / 3, lambda: x == int(x) if x == x and abs(x) != float("inf") else None, lambda: round(x, 3) == round(x, 3)]:
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(*out)
