# Digits of pi with an unbounded spigot algorithm on big integers
# (Gibbons' streaming formulation, written from the paper's description).


def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def take(n, it):
    out = []
    for d in it:
        out.append(d)
        if len(out) == n:
            break
    return out


digits = take(300, pi_digits())
text = "".join(map(str, digits))
print(text[0] + "." + text[1:])
for i in range(0, 300, 50):
    print(f"{i:3}: {text[i:i + 50]}")
counts = [text.count(str(d)) for d in range(10)]
print("digit counts:", counts, sum(counts))
print("first 6 at:", text.find("999999"), "position of 2718:", text.find("2718"))


def e_digits(n):
    # e = sum 1/k!, computed with a scaled big integer.
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]


print("e:", e_digits(60))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print("sqrt 2:", str(isqrt(2 * 10 ** 120))[:60])
