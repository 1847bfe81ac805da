# ints beyond 64 bits in traced loops (tier 1's int operations, residual): the pi spigot, values
# crossing 2**63 upwards and back down, big compares, //, %, ** and a ZeroDivisionError
# raised inside the hot loop.


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 1
    digits = []
    while len(digits) < count:
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        digits.append(digit)
        q, r = 10 * q, 10 * (r - digit * t)
    return digits


def main():
    d = pi_digits(300)
    print("".join(map(str, d[:30])), sum(d))
    x = 2**62
    ups = downs = 0
    for k in range(4000):
        if k < 2000:
            x += 2**55
            ups += x > 2**63
        else:
            x -= 2**55
            downs += x < 2**63
    print(x, ups, downs)
    p = 1
    m = 0
    for k in range(1, 3000):
        p = p * 3 % (2**89 - 1)
        m = max(m, p.bit_length())
        if k % 700 == 0:
            print(k, p % 1000003, 3**k % 1000003 == p % 1000003 or 0, m)
    z = [2**70 + k for k in range(3200)] + [0]
    s = 0
    try:
        for v in z:
            s += 2**80 // v
    except ZeroDivisionError as e:
        print(type(e).__name__, e, s)


main()
