# math.hypot/dist to the last bit (CPython's compensated algorithm, not an exactly rounded root):
# pseudo-random doubles of every exponent, subnormals, clustered magnitudes, ints, bools, specials.
import math
state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
def num(e):
    k = rnd() % 8
    if k == 0:
        return float.fromhex("0x0.%013xp-1022" % (rnd() % 2 ** 52))
    if k == 1:
        return rnd() % 100000 - 50000
    return float.fromhex("%s0x1.%013xp%d" % ("-" if rnd() & 1 else "", rnd() % 2 ** 52, e + rnd() % 7 - 3))
digest = 0
for i in range(1500):
    e = rnd() % 2040 - 1020 if i % 3 else rnd() % 60 - 30
    if i % 5 == 0:
        e = -1070 + rnd() % 60
    args = [num(e) for _ in range(2 + rnd() % 4 if i % 4 else 2)]
    r = math.hypot(*args)
    digest = (digest * 1000003 + hash(r)) % 2 ** 61
    if i % 50 == 0:
        print(len(args), r.hex(), math.dist(args[:1], args[1:2]).hex())
print(digest)
print(math.hypot(3, 4), math.hypot(True, True), math.hypot(-0.0, -0.0), math.hypot(-2.5), math.hypot())
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 5e-324), math.hypot(1.7976931348623157e308, 1e308))
print(math.hypot(math.nan, math.inf), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1))
print(math.hypot(*[0.1] * 100), math.hypot(*range(1, 30)), math.hypot(2 ** 1000, 2 ** 1000))
print(math.dist((1, 2, 3), (4.5, -6, 1e-300)), math.dist([], []))
class F(float):
    pass
print(math.hypot(F(6.0), 8), type(math.hypot(F(1.0), F(2.0))).__name__)
for args in [(10 ** 400, 1), ("a", 1), (1, None), (1, 2, "x")]:
    try:
        math.hypot(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.hypot(1, y=2)
except TypeError as e:
    print(e)
