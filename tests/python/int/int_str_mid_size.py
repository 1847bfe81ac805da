# str/repr of ints of 64 to ~2200 bits (the word-by-word decimal conversion): every 10**9 chunk
# boundary, runs of zeros inside, the 2048-bit switch to the general conversion, signs, subclasses.
vals = [2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 18, 10 ** 19, -10 ** 19, 2 ** 2048 - 1, 2 ** 2048, -2 ** 2048 + 1, 2 ** 2049, 3 ** 200, -3 ** 200]
for k in range(2, 25):
    vals += [10 ** (9 * k) - 1, 10 ** (9 * k), 10 ** (9 * k) + 1, -10 ** (9 * k), 10 ** (9 * k + 4) * 7 + 5]
for b in range(63, 2200, 37):
    vals += [2 ** b - 1, -(2 ** b), (2 ** b) // 3]
for v in vals:
    s = str(v)
    print(len(s), s[:12], s[-12:], repr(v) == s, int(s) == v)
class I(int):
    pass
print(str(I(10 ** 30)), repr(I(-10 ** 30)), "%d" % 10 ** 40, f"{-10 ** 40}", str(2 ** 300)[100:])
state = 5
total = 0
for i in range(2000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    v = (state * state * state) >> (state % 64)
    v = v * v * (state % 5) - state ** 3
    total = (total * 131 + sum(map(ord, str(v))) + len(str(v))) % 2 ** 61
print(total)
