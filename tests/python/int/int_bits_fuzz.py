# Pseudo-random ints (small, big, powers of two, bools) through bitwise ops, shifts, bit methods, to_bytes/from_bytes, bases, grouping, //, %, round, hash.
state = 23
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
def val():
    k = rnd() % 5
    if k == 0: return rnd() % 40 - 20
    if k == 1: return (rnd() - 2 ** 52) * 2 ** (rnd() % 90)
    if k == 2: return -(2 ** (rnd() % 130))
    if k == 3: return 2 ** (rnd() % 130) - 1
    return rnd() % 2 == 0
for i in range(400):
    a, b = val(), val()
    out = []
    for op in [lambda: a & b, lambda: a | b, lambda: a ^ b, lambda: ~a, lambda: a << (b % 100), lambda: a >> (b % 130), lambda: (a << b) if b < 0 or b > 2 ** 64 else a << (b % 1000), lambda: a >> b,
               lambda: a.bit_length(), lambda: a.bit_count(), lambda: a.to_bytes(20, "little", signed=True), lambda: int.from_bytes(a.to_bytes(20, "big", signed=True), "big", signed=True) == a,
               lambda: hex(a), lambda: oct(b), lambda: bin(a)[:20], lambda: f"{a:_x} {b:,}", lambda: a // (b or 1), lambda: a % (b or 7), lambda: round(a, b % 7 - 5), lambda: hash(a), lambda: str(a)[-5:]]:
        try:
            out.append(repr(op()))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(*out)
