# math.comb/perm/factorial across the long/BigInteger boundaries: 20! and 21!, Pascal's last
# long row (66) and the first past it, running products that overflow a long midway, huge n.
import math
print([math.factorial(n) for n in (0, 1, 2, 19, 20, 21, 22, 30)], math.factorial(True), math.factorial(False))
print(math.factorial(170) % 10 ** 20, math.factorial(1000).bit_length())
print([math.comb(66, k) for k in (0, 1, 32, 33, 34, 65, 66, 67)])
print([math.comb(67, k) for k in (0, 1, 33, 34, 66, 67)], math.comb(68, 34), math.comb(100, 50))
print(sum(math.comb(n, k) for n in range(130) for k in range(0, n + 3)) == sum(2 ** n for n in range(130)))
print([math.comb(n, 5) for n in (5, 6, 1000, 2 ** 31, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 3)])
print([math.comb(n, 30) % 10 ** 12 for n in (1000, 10 ** 6, 2 ** 40)], math.comb(10 ** 6, 2) , math.comb(3000, 1500).bit_length())
print(math.comb(2 ** 63 + 5, 2 ** 63 + 3), math.comb(2 ** 70, 2 ** 70), math.comb(5, 2 ** 70), math.comb(True, True), math.comb(True, False))
print([math.perm(n, k) for n, k in ((5, 0), (5, 2), (20, 20), (21, 21), (66, 10), (5, 6))], math.perm(21), math.perm(2 ** 64, 2))
class I(int):
    pass
class Idx:
    def __index__(self):
        return 30
print(math.comb(I(30), I(10)), math.comb(Idx(), 10), math.factorial(I(20)), math.factorial(Idx()), type(math.comb(I(5), 2)).__name__)
for f, args in [(math.comb, (-1, 0)), (math.comb, (0, -1)), (math.comb, (-2 ** 70, 1)), (math.comb, (2 ** 70, -2 ** 70)),
                (math.comb, (2 ** 65, 2 ** 64)), (math.comb, (3.0, 1)), (math.comb, (3, "1")), (math.comb, (3,)),
                (math.factorial, (-1,)), (math.factorial, (-2 ** 70,)), (math.factorial, (2 ** 63,)), (math.factorial, (20.0,)),
                (math.factorial, ("5",)), (math.factorial, ()), (math.perm, (20, -1)), (math.perm, (-20, 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.comb(n=5, k=2)
except TypeError as e:
    print(e)
