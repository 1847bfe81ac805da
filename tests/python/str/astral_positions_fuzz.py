# Seeded random searches with start/end positions in strings mixing ASCII, BMP and astral
# characters and lone surrogates, across the 64-code-point strides Taipan indexes such strings by:
# find, rfind, index, count, startswith, endswith (single and tuple), and the hash and equality
# of equal strings built different ways.
import random
import zlib

rng = random.Random(42)
ALPHABET = ["a", "b", "c", "\u00e9", "\u4e2d", "\U0001F600", "\U00010348", "\ud800", "\udc00"]


def text(n):
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def pos(n):
    return rng.choice([None, rng.randint(-n - 3, n + 3), rng.randint(0, n), 63, 64, 65, 127, 128])


out = []
for trial in range(1500):
    n = rng.choice([0, 1, 5, 63, 64, 65, 130, 200])
    s = text(n)
    sub = text(rng.choice([0, 1, 1, 2, 3]))
    a, b = pos(n), pos(n)
    args = (sub,) if a is None else (sub, a) if b is None else (sub, a, b)
    row = [s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args)]
    row.append(s.startswith((sub, "b", "\U0001F600"), *args[1:]))
    try:
        row.append(s.index(*args))
    except ValueError as e:
        row.append(str(e))
    out.append(row)
    # scanning forward with a moving start, as a parser does
    if n and sub:
        hits, i = [], 0
        while True:
            i = s.find(sub, i)
            if i < 0:
                break
            hits.append(i)
            i += 1
        out.append(hits == [j for j in range(n) if s.startswith(sub, j)])
print(len(out))
print(out[:40])
print(sum(1 for r in out if r is True), sum(1 for r in out if r is False))
print(zlib.crc32(repr(out).encode()))
s = "x\U0001F600" * 100
t = "".join(["x", "\U0001F600"] * 100)
print(s == t, hash(s) == hash(t), hash(""), "" == "", {s: 1}[t])
