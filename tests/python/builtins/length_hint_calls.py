# list(x), tuple(x), list.extend(x), sorted(x), f(*x) and [*x] ask x for a length hint as CPython's
# PyObject_LengthHint does: len() when the type has __len__ (a TypeError from it ignored), else
# __length_hint__ (TypeError or NotImplemented ignored); other errors, a non-int, a negative or an
# oversized hint raise. set(), dict.fromkeys() and bytearray() ask nothing. operator.length_hint too.
import operator

log = []


class X:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        log.append("hint")
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


class L(X):
    def __len__(self):
        log.append("len")
        if isinstance(self.hint, Exception):
            raise self.hint
        return 2


def f(*a):
    return a


consumers = [
    ("list", list), ("tuple", tuple), ("bytearray", bytearray), ("extend", lambda o: [0].extend(o)),
    ("sorted", sorted), ("set", set), ("fromkeys", dict.fromkeys), ("star call", lambda o: f(*o)),
    ("star call after", lambda o: f(0, *o)), ("list display", lambda o: [*o]), ("tuple display", lambda o: (*o,)),
    ("join", lambda o: "".join(map(str, o))),
]
hints = [5, 0, ValueError("boom"), TypeError("ignored"), "s", -1, NotImplemented, 2 ** 70, True]
for h in hints:
    for cls in (X, L):
        for name, fn in consumers:
            results = set()
            for _ in range(25):
                del log[:]
                try:
                    r = fn(cls(h))
                    results.add((repr(r), tuple(log)))
                except Exception as e:
                    results.add((type(e).__name__ + ": " + str(e), tuple(log)))
            for r, asked in sorted(results):
                print(cls.__name__, repr(h), name, "->", r, asked)

for h in (5, ValueError("boom"), "s", -1, NotImplemented, TypeError("t")):
    for dflt in (7, 2 ** 70):
        try:
            print(operator.length_hint(X(h), dflt))
        except Exception as e:
            print(type(e).__name__, e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 4))
