# Calls a trace makes without opening them up, from frames it inlined: builtins and builtin
# methods that run user code (int() of an object with __int__, list.index with a user __eq__,
# sum over a generator expression), a class whose __init__ has a loop, functions with cell
# variables, keyword-only or variadic parameters, generator functions, and calls nested deeper
# than the inliner goes. The code they run looks at its callers' frames and raises.
import sys

LOG = []


def where(depth):
    f = sys._getframe(depth)
    return (f.f_code.co_name, f.f_lineno)


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        if self.v % 600 == 5:
            LOG.append(("int", where(1), where(2), where(3)))
        if self.v == 2222:
            raise ValueError("bad int %d" % self.v)
        return self.v

    def __eq__(self, other):
        if self.v % 700 == 3 and other == 1:
            LOG.append(("eq", where(1), where(2), where(3)))
        return isinstance(other, int) and self.v % 5 == other


def to_int(x):
    return int(x) + 1


def ints(n):
    t = 0
    for i in range(n):
        try:
            t += to_int(Num(i))
        except ValueError as e:
            t -= 1
            LOG.append(("caught", str(e), e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return t


print("ints", ints(3000))


def find(keys, i):
    return keys.index(Num(i))


def indexes(n):
    keys = [0, 1, 2, 3, 4]
    t = 0
    for i in range(n):
        t += find(keys, i)
    return t


print("index", indexes(3000))


def total(xs):
    return sum(x * 2 for x in xs)


def sums(n):
    t = 0
    xs = [1, 2, 3]
    for i in range(n):
        t += total(xs) + i
    return t


print("sums", sums(3000))


class Bag:
    def __init__(self, k):
        self.items = []
        for j in range(k % 3):
            self.items.append(j)


def bag_size(k):
    return len(Bag(k).items)


def bags(n):
    t = 0
    for i in range(n):
        t += bag_size(i)
    return t


print("bags", bags(3000))


def with_cell(k):
    def inner():
        return k * 2
    return inner() + 1


def kwonly(a, *, b=3):
    return a + b


def variadic(*args):
    return len(args) + args[0]


def via_cells(k):
    return with_cell(k) + variadic(k, k) + kwonly(k)


def cells(n):
    t = 0
    for i in range(n):
        t += with_cell(i) + via_cells(i)
    return t


print("cells", cells(3000))


def numbers(k):
    yield k
    yield where(1)[1]


def take(k):
    g = numbers(k)
    return next(g) + next(g)


def generators(n):
    t = 0
    for i in range(n):
        t += take(i)
    return t


print("generators", generators(3000))


def d1(k):
    return d2(k) + 1


def d2(k):
    return d3(k) + 1


def d3(k):
    return d4(k) + 1


def d4(k):
    return d5(k) + 1


def d5(k):
    return d6(k) + 1


def d6(k):
    if k % 1000 == 7:
        LOG.append(("deep", where(1), where(5), where(6), where(7)))
    if k == 2900:
        raise KeyError(k)
    return k


def deep(n):
    t = 0
    try:
        for i in range(n):
            t += d1(i)
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        LOG.append(("deep raised", names))
    return t


print("deep", deep(3000))

SAVED = []


class Peek(Num):
    def __int__(self):
        SAVED.append(sys._getframe(2).f_locals["t"])
        return self.v


def peek_int(i):
    return int(Peek(i))


def tuple_identity(n):
    # t is named only by the frames the called code sees and by exits: one object for both
    same = 0
    for i in range(n):
        t = (i, i + 1)
        k = peek_int(i)
        if i % 1000 == 999:
            same += SAVED[-1] is t
    return same


print("tuple identity", tuple_identity(3000))

for entry in LOG:
    print(entry)
