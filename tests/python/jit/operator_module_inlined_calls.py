# _operator functions called from a function the trace inlines: with ints, floats and strs they
# run as plain calls; with an object whose __index__ / __add__ looks at its callers' frames, or
# raises, those frames are the ones tier 1 has (names, locals, line numbers).
import operator
import random
import sys
from operator import index as _index


def clamp(a, b):
    i = _index(a)
    j = operator.index(b)
    return operator.add(i, j) if operator.lt(i, j) else operator.sub(i, j)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        f = sys._getframe(1)
        seen.append((f.f_code.co_name, sorted(k for k in f.f_locals if len(k) == 1), f.f_back.f_code.co_name))
        if self.v < 0:
            raise ValueError("negative %d" % self.v)
        return self.v

    def __add__(self, other):
        return "added"


seen = []


def driver(n):
    total = 0
    for k in range(n):
        a = k % 7
        b = Idx(k % 5) if k % 97 == 96 else k % 5
        total += clamp(a, b)
        total += len(operator.concat("ab", str(k % 3)))
        total += operator.getitem((1, 2, 3), k % 3)
    return total


print(driver(3000))
print(len(seen), seen[:2])
try:
    for k in range(2000):
        clamp(k % 4, 2 if k < 1500 else Idx(-k))
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(operator.add(Idx(1), 2))
random.seed(12345)
print([random.randint(1, 100) for _ in range(3000)][-10:], random.randrange(0, 50, 5))
try:
    random.randrange(10, 5)
except ValueError as e:
    print(e)
