# A generator resumed right at the back jump that ends its loop body (`for x in xs: yield f(x)`)
# enters the loop's trace from the resumption, and a trace that runs to the yield yields without
# tier 1; such loops keep their traces although each entry runs one iteration. Driven by for,
# next(), send() of non-None values, throw() and close() at the traced yield; two suspended
# frames of one code interleaved; recursion through `yield from`; a guard failing mid-stream; a
# global the trace assumed rebound; the suspended frame's line.
import sys

SCALE = 3


def scaled(xs):
    for x in xs:
        yield x * SCALE + 1


def odd(xs):
    return (x for x in xs if x & 1)


def totals(xs):
    total = 0
    for x in xs:
        total += x
        yield total


def pipeline(n):
    last = 0
    count = 0
    for last in totals(odd(scaled(range(n)))):
        count += 1
    return count, last


print("pipeline", pipeline(5000), pipeline(7))


def interleaved(n):
    a = scaled(range(n))
    b = scaled(range(n, 2 * n))
    s = 0
    for _ in range(n):
        s = (s * 7 + next(a) - next(b)) % 1000003
    return s, next(a, "a done"), next(b, "b done")


print("interleaved", interleaved(3000))


def sent_values(n):
    g = scaled(range(n))
    out = [next(g)]
    for k in range(1, n):
        # a yield statement drops what is sent
        v = g.send(k if k % 3 else None)
        if k % 997 == 0:
            out.append(v)
    return out


print("sent", sent_values(4000))


def thrown(n):
    g = scaled(range(n))
    s = 0
    for _ in range(n // 2):
        s += next(g)
    frame = g.gi_frame
    print("suspended at line", frame.f_lineno)
    try:
        g.throw(KeyError("stop"))
    except KeyError as e:
        print("thrown out", repr(e), s)
    print("after throw", next(g, "finished"))


thrown(3000)


def guarded(xs):
    try:
        for x in xs:
            yield x + 1
    finally:
        print("finally ran")


def closing(n):
    g = guarded(range(n))
    s = 0
    for _ in range(n - 5):
        s += next(g)
    g.close()
    print("closed", s, next(g, "nothing after close"))


closing(2500)


def mixed(n):
    # ints, then floats, then a str: the trace's guards fail and bridges or tier 1 take over
    out = []
    for i in range(n):
        out.append(i if i < n // 2 else i + 0.5)
    out.append("x")
    return out


def doubled(xs):
    for x in xs:
        yield x * 2


print("mixed", sum(v for v in doubled(mixed(3000)[:-1])), list(doubled(mixed(3000)))[-3:])


def flatten(tree):
    for item in tree:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item * SCALE


def nested(depth, width):
    if depth == 0:
        return list(range(width))
    return [nested(depth - 1, width) for _ in range(width)] + [depth]


print("flatten", sum(flatten(nested(4, 6))), list(flatten([[1, [2, 3]], 4]))[:4])


def rebinding(n):
    global SCALE
    g = scaled(range(n))
    s = 0
    for k in range(n):
        if k == n // 2:
            SCALE = 5
        s += next(g)
    SCALE = 3
    return s


print("rebound", rebinding(4000))


def failing(n):
    for i in range(n):
        yield 100 // (n - 1000 - i)


def consume_failing(n):
    s = 0
    g = failing(n)
    try:
        for v in g:
            s += v
    except ZeroDivisionError as e:
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
        print("raised", e, "at line", tb.tb_lineno, "in", tb.tb_frame.f_code.co_name, s)
    print("after the raise", next(g, "finished"))


consume_failing(3000)


def frames(n):
    g = scaled(range(n))
    lines = set()
    for _ in range(n):
        next(g)
        lines.add(g.gi_frame.f_lineno)
        if g.gi_frame.f_back is not None:
            lines.add("f_back set")
    return sorted(lines, key=str), g.gi_running


print("frames", frames(2000))
