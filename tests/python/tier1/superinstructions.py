# Pairs of instructions run as one (LOAD_FAST__LOAD_FAST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST,
# STORE_FAST__STORE_FAST, LOAD_FAST__LOAD_CONST) and FOR_ITER storing straight into its loop
# variable: results, errors raised by the second half (its line and handler), jumps into the
# second half of a pair.


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


print(swaps(40))


def second_half_unbound():
    x = 1
    if x > 5:
        y = 2
    try:
        return x + y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)


print(second_half_unbound())


def const_then_unbound(flag):
    if flag:
        z = 10
    try:
        return 3 - z
    except UnboundLocalError as e:
        return "caught " + str(e)


print(const_then_unbound(True), const_then_unbound(False))


def store_then_load_unbound():
    try:
        q = 5
        del q
        w = 7
        return w * q
    except UnboundLocalError as e:
        return "caught " + str(e)


print(store_then_load_unbound())


def handler_between():
    a = 1
    try:
        b = a
        del a
        return b + a
    except UnboundLocalError:
        return "inner"


print(handler_between())


def jump_into_second(n):
    # The loop's back edge targets a LOAD_FAST that may be the second half of a pair.
    i = 0
    acc = 0
    while i < n:
        acc = acc + i
        i = i + 1
    return acc, i


print(jump_into_second(10), jump_into_second(0))


def loops():
    out = []
    for i in range(3):
        out.append(i)
    for ch in "xyz":
        out.append(ch)
    for t in (4, 5):
        out.append(t)
    for v in [6, 7]:
        out.append(v)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a * b)
    for i in range(2):
        for j in range(i, 3):
            out.append((i, j))
    k = None
    for k in range(0):
        pass
    out.append(k)
    for k in range(5, 0, -2):
        pass
    out.append(k)
    return out


print(loops())


class Box:
    pass


def attribute_targets():
    b = Box()
    r = []
    for b.x in range(3):
        r.append(b.x)
    d = {}
    for d["k"] in "ab":
        r.append(d["k"])
    return r


print(attribute_targets())


def traceback_line():
    a = 1
    del a
    return (
        5,
        a,
    )


try:
    traceback_line()
except UnboundLocalError as e:
    import traceback
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [f.name for f in tb], tb[-1].lineno)
