# dis of ordinary functions prints what CPython 3.11 prints: Taipan's instructions in 3.11's
# co_code layout (RESUME, PRECALL, caches, relative jumps) with CPython's lines and offsets.
# (Not here: while loops, whose test CPython's compiler repeats at the bottom, and conditional
# jumps to jumps, which it sends straight on; Taipan's compiler does neither.)
import dis
import io
import re


def show(f):
    out = io.StringIO()
    dis.dis(f, file=out)
    print(re.sub(r' at 0x[0-9a-f]+, file "[^"]*"', ' at 0x..., file "..."', out.getvalue()))


def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 2:
            total += i
            continue
        total -= 1
    return total


def branches(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 2:
            total += i
        elif i is None:
            continue
        else:
            total -= 1
    return total


def calls(o, *args, **kw):
    o.method(1, key=2)
    print(*args, sep='')
    return len(kw), o.attr.other


def handlers(d):
    import os
    try:
        x = os.sep
    except KeyError as e:
        x = None
    finally:
        d.clear()
    with open(x) as f:
        return f.read()


def comprehensions(xs):
    return [x * 2 for x in xs], {x: 1 for x in xs}, sum(x for x in xs)


def closure(a):
    def inner(b):
        nonlocal a
        a += b
        return a
    return inner


def unpacking(pairs):
    for a, (b, c) in pairs:
        a, b = b, a
        first, *rest = c
    return a, b, first, rest


def strings(name, value):
    return f'{name!r}: {value:>10}' + 'x' * 3


class Point:
    x: int = 0

    def norm(self):
        return (self.x ** 2) ** 0.5


for f in (loop, branches, calls, handlers, comprehensions, closure, unpacking, strings, Point.norm):
    show(f)
show(compile('import sys\nprint(sys.argv[0] if sys.argv else None)\n', '<module>', 'exec'))
