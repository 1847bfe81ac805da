"""Pi-digits benchmark: the first N decimal digits of pi with big integers.

A streaming spigot keeps a linear fractional transformation as four integers that grow
without bound; a digit is emitted once the floor of the transformation is the same at 3 and
at 4. Exercises arbitrary-precision multiply, add and floor division (work grows about as
N squared).

Usage: python3 bench/pidigits.py [N]    N = number of digits
"""
# bench-size: default=6000 quick=200
import sys


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 1
    digits = []
    while len(digits) < count:
        # Compose with the next term (k, 4k + 2, 0, 2k + 1) of the series.
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


def main(count):
    digits = pi_digits(count)
    text = "".join(str(d) for d in digits)
    fold = 0
    for d in digits:
        fold = (fold * 10 + d) % 1000000007
    print("checksum pidigits", count, text[:12], text[-12:], sum(digits), fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000)
