# `is`/`is not`/`in`/`not in` directly followed by a conditional jump run as one dispatch
# (IS_OP__POP_JUMP, CONTAINS_OP__POP_JUMP); returns of constants next to them:
# every outcome, both jump senses, containers with their own __contains__, errors from `in`.


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        return len([i for i in self.items if i == x])  # a truthy int, not a bool


class Bad:
    def __contains__(self, x):
        raise ValueError("no membership for %r" % (x,))


def classify(x, s):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("some")
    if x in s:
        out.append("in")
    if x not in s:
        out.append("out")
    if not (x in s):
        out.append("not-in")
    out.append("yes" if x is s else "no")
    return out


for s in ([1, 2, 3], {2, 3}, "abc", {"a": 1}, (None, 1), Box([1, 1, 2]), range(2, 5)):
    for x in (None, 1, 2, "a", "b"):
        try:
            print(type(s).__name__, repr(x), classify(x, s))
        except TypeError as e:
            print(type(s).__name__, repr(x), type(e).__name__, e)


def count_while(s):
    n = 0
    k = 0
    while k in s:
        n += 1
        k += 1
    while k not in s and k < 20:
        k += 1
    return n, k


print(count_while({0, 1, 2, 3, 10}))
print(count_while([]))

try:
    if 3 in Bad():
        print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)

try:
    if 3 in 7:
        print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)


def loop_is(objs, target):
    hits = 0
    for o in objs:
        if o is target:
            hits += 1
        elif o is not None:
            hits += 10
    return hits


sentinel = object()
print(loop_is([sentinel, None, 1, sentinel, "x"] * 50, sentinel))


# Returning constants: None implicitly and explicitly, other constants, from generators too.
def implicit():
    pass


def explicit(flag):
    if flag:
        return 1.5
    return "s"


def gen():
    yield 1
    return "done"


print(implicit(), explicit(True), explicit(False), [explicit(k % 2) for k in range(4)])
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def tb_line(x):
    y = 0
    if (y,
            x) in 5:
        return 1
    return 2


try:
    tb_line(1)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno - tb_line.__code__.co_firstlineno)
