# Building and indexing strings in hot loops.


def main():
    s = ""
    for i in range(3000):
        s += chr(65 + i % 26)
    print(len(s), s[:30], s[-5:], s[1000:1010])
    parts = []
    for i in range(3000):
        parts.append(str(i))
    j = ",".join(parts)
    print(len(j), j[-20:])
    cnt = 0
    for i in range(3000):
        if s[i] == "Z":
            cnt += 1
        if s[-i - 1] in "AEIOU":
            cnt += 100
    print(cnt)
    f = ""
    for i in range(3000):
        f = f"{i:04d}|{i % 7}"
    print(f)
    up = 0
    for ch in s.lower():
        up += ord(ch)
    print(up)
    u = "ä€😀"
    w = ""
    for i in range(3000):
        w += u[i % 3]
    print(len(w), w[:6], w[-1], w.encode("utf-8")[:9])
    try:
        for i in range(3000):
            s[i + 1]
    except IndexError as e:
        print(i, type(e).__name__, e)


main()
