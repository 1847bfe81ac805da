# A math domain error escaping from a helper function.
import math


def geometric_mean(values):
    return math.exp(math.fsum(math.log(v) for v in values) / len(values))


print(geometric_mean([1, 2, 4, 8]), math.isqrt(10 ** 30), math.comb(50, 25), math.factorial(25))
print(geometric_mean([3, 0, 5]))
