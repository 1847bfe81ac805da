# LOAD_FAST__LOAD_ATTR goes on through following LOAD_FAST-led instructions (`a.x * b.y`,
# `self.n + k`), LOAD_GLOBAL_MODULE runs a following int compare-and-jump, and a one-argument
# builtin method call runs a following POP_TOP: each must behave exactly like the separate
# instructions, whatever form they are in, and report errors at the right instruction's line.
import sys

EMPTY, FULL = 0, 1


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def scaled(self, k):
        return V(self.x * k, self.y * k)


def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - FIRST))
        tb = tb.tb_next
    return out


FIRST = sys._getframe().f_lineno


def chain(a, b, k):
    return a.x * b.y + a.y * k


def unbound_in_chain(a, flag):
    if flag:
        k = 3
    return (a.x
            + k)


def missing_second(a, b):
    return (a.x
            * b.zz)


vs = [V(i, i + 1) for i in range(5)]
print([chain(v, w, 2) for v, w in zip(vs, vs[1:])])
print([v.dot(w) for v, w in zip(vs, vs[1:])])
print([v.scaled(3).dot(v) for v in vs])
for flag in (True,) * 6 + (False,):
    try:
        print(unbound_in_chain(vs[1], flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e, lines(e))
for b in (vs[2],) * 6 + (vs[3], V):
    try:
        print(missing_second(vs[1], b))
    except AttributeError as e:
        print(type(e).__name__, e, lines(e))


# The second attribute load changes form mid-loop: a class whose `y` becomes a property, then
# an instance in dict mode, then a class attribute.
class W(V):
    pass


def pair_sum(a, b):
    return a.x + b.y


ws = [W(1, 2), W(3, 4)]
out = []
for step in range(12):
    if step == 4:
        W.y = property(lambda self: -100)
    if step == 8:
        ws[1].__dict__
    out.append(pair_sum(ws[0], ws[1]))
print(out)

# Method loads chained with attribute loads: `a.m(b.x)`.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self


acc = Acc()
for v in vs:
    acc.add(v.x).add(v.y)
print(acc.total)


# A module constant compared with an int and branched on; the global rebound to other types.
def classify(cells):
    n = 0
    for c in cells:
        if c == EMPTY:
            n += 1
        elif c != FULL:
            n += 100
    return n


cells = [0, 1, 0, 2, 1, 0] * 3
print(classify(cells))
EMPTY = 1
print(classify(cells))
EMPTY = "0"
print(classify(cells))
EMPTY = 0.0
print(classify(cells))
del EMPTY
try:
    classify(cells)
except NameError as e:
    print(type(e).__name__, e, lines(e))
EMPTY = 0


class Weird:
    def __eq__(self, o):
        raise ValueError("no eq")


def compare_raises(c):
    if c == EMPTY:
        return 1
    return 0


print([compare_raises(c) for c in (0, 3) * 5])
try:
    compare_raises(Weird())
except ValueError as e:
    print(type(e).__name__, e, lines(e))


# set.add / list.remove as statements: the result popped in the same dispatch; errors at the
# call's line; the same call with its result used.
def adds(items):
    seen = set()
    for it in items:
        seen.add(it)
    return sorted(seen)


print(adds([3, 1, 3, 2, 1]))
try:
    adds([1, [2]])
except TypeError as e:
    print(type(e).__name__, e, lines(e))


def removes(l, xs):
    for x in xs:
        l.remove(x)
    return l


print(removes([1, 2, 3, 4], [2, 4]))
try:
    removes([1], [5])
except ValueError as e:
    print(type(e).__name__, e, lines(e))


def used(d, ks):
    return [d.pop(k) for k in ks], d


print(used({1: "a", 2: "b", 3: "c"}, [3, 1]))
