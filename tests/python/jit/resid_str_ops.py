# str +, +=, ==, !=, <, >=, `in` and `not in` in traced loops, and TypeError of str + int raised
# inside the hot loop (caught, then uncaught-style message printed), as tier 1 raises them.


def main():
    out = ""
    parts = ["alpha", "beta", "gamma", "delta", "é", "\U0001F600"]
    for k in range(3000):
        w = parts[k % 6]
        if w != "beta" and w < "epsilon":
            out += w[0]
        elif w == "beta":
            out = out + "-"
    print(len(out), out[:20], out[-10:])
    hits = misses = 0
    for k in range(3500):
        w = parts[k % 6] + str(k % 10)
        if "a" in w:
            hits += 1
        if "mm" not in w:
            misses += 1
        if w >= "delta5":
            hits += 2
    print(hits, misses)
    s = "x"
    items = ["a"] * 3200 + [7, "b"]
    try:
        for v in items:
            s = s + v
    except TypeError as e:
        print(type(e).__name__, e, len(s))


main()
