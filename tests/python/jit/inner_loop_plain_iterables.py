# Inner loops over dicts, dict views, strs and sets inside a traced outer loop: the outer trace
# calls the inner loop's trace (its iter() runs no Python code); an iterable of another kind at
# the same place, or one mutated during the inner loop, must give CPython's results.
import sys


def over_items(d, outer):
    t = 0
    for i in range(outer):
        for k, v in d.items():
            t += v + len(k)
    return t


def over_keys_values(d, outer):
    t = 0
    for i in range(outer):
        for k in d:
            t += len(k)
        for v in d.values():
            t += v
        for k in d.keys():
            t -= 1
    return t


def over_str_set(s, st, outer):
    t = 0
    for i in range(outer):
        for ch in s:
            t += ord(ch)
        for x in st:
            t += x
    return t


d = {str(i) * (i % 3 + 1): i for i in range(12)}
print(over_items(d, 3000), over_keys_values(d, 3000))
print(over_str_set("hello, world", {1, 5, 9, 12}, 3000), over_str_set("xy", frozenset({2, 3}), 3000))


class Watch:
    """An iterable whose __iter__ runs Python code that looks at its caller's frame."""
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        line = sys._getframe(1).f_lineno
        return iter([line] * self.n)


class OD(dict):
    def __iter__(self):
        return iter(["sub"])


def changing(iterables, outer):
    out = []
    for i in range(outer):
        it = iterables[i * len(iterables) // outer]
        for x in it:
            out.append(x)
    return sorted(set(map(str, out))), len(out)


print(changing([{"a": 1, "b": 2}, "str", Watch(2), {7, 8}, OD(q=1), (1, 2), {"c": 3}.items()], 7000))


def mutating(outer):
    d = {i: i for i in range(6)}
    seen = 0
    try:
        for i in range(outer):
            for k in d:
                seen += 1
                if i == outer - 5 and k == 3:
                    d[100] = 1
    except RuntimeError as e:
        print("RuntimeError", e, seen, i)
    s = {1, 2, 3}
    try:
        for i in range(outer):
            for x in s:
                if i == outer - 3:
                    s.add(x + 10)
    except RuntimeError as e:
        print("RuntimeError", e, i)


mutating(4000)


def views_of_ordered(outer):
    from collections import OrderedDict
    o = OrderedDict([("z", 1), ("a", 2)])
    o.move_to_end("z")
    out = []
    for i in range(outer):
        for k, v in o.items():
            out.append(k)
        if i == outer // 2:
            o.move_to_end("a")
    return out[:4], out[-4:]


print(views_of_ordered(3000))


# enumerate, zip and reversed objects made per outer iteration: iter() is the object itself; the
# inner loop's end is finished for the outer trace when it runs no code, else tier 1 finishes it
def over_enum_zip_reversed(a, b, outer):
    t = 0
    for i in range(outer):
        for j, x in enumerate(a):
            t += j * x
        for x, y in zip(a, b):
            t += x - y
        for x in reversed(a):
            t += x
        for j, (x, y) in enumerate(zip(b, a), 1):
            t += j
    return t


print(over_enum_zip_reversed([1, 2, 3, 4], (5, 6, 7, 8), 3000))
print(over_enum_zip_reversed([1, 2, 3, 4, 5], (5, 6), 3000))
print(over_enum_zip_reversed([1], (5, 6, 7), 3000))
print(over_enum_zip_reversed([], (), 3000))


def strict_zip(outer):
    t = 0
    try:
        for i in range(outer):
            b = [1, 2, 3] if i < outer - 2 else [1, 2]
            for x, y in zip([4, 5, 6], b, strict=True):
                t += x * y
    except ValueError as e:
        print("ValueError", e, i, t)


strict_zip(3000)


def enum_of_generators(outer):
    t = 0
    for i in range(outer):
        for j, x in enumerate(y * 2 for y in range(3)):
            t += j + x
        for x in reversed(range(i % 4)):
            t += x
    return t


print(enum_of_generators(3000))


def growing_inside(outer):
    t = 0
    for i in range(outer):
        a = [1, 2]
        for j, x in enumerate(a):
            if j == 0 and i == outer - 3:
                a.append(10)
            t += x
        r = [1, 2, 3]
        for x in reversed(r):
            if i == outer - 4 and x == 3:
                r.clear()
            t += x
    return t


print(growing_inside(3000))
