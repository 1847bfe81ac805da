# A pure-Python standard-library type (fractions.Fraction) in a hot loop: deep Python calls.
from fractions import Fraction


def main():
    s = Fraction(0)
    for k in range(1, 400):
        s += Fraction(1, k * (k + 1))
    print(s)
    h = Fraction(0)
    for k in range(1, 120):
        h += Fraction(1, k)
    print(h.numerator % 10**9, h.denominator % 10**9, float(h))
    c = 0
    for i in range(3000):
        if Fraction(i, 3) < Fraction(1000, 1):
            c += 1
    print(c)


main()
