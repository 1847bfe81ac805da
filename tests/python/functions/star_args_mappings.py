# Calls with *args and **kwargs whose arguments are not plain: a tuple subclass with its own
# __iter__ (only an exact tuple is passed as it is), mappings whose keys() lists a key twice or
# returns something that is not iterable, and {**m} displays of such mappings; each in a loop
# long enough for the specialized and traced forms too.


class TI(tuple):
    def __iter__(self):
        return iter((9, 9))


def f(*a, **k):
    return a, k


class DupK:
    def keys(self):
        return ["a", "a"]

    def __getitem__(self, k):
        return 1


class KNI:
    def keys(self):
        return 5

    def __getitem__(self, k):
        return 1


class Logged:
    """keys() then __getitem__ per key, in CPython's order (the key checked before it is read)."""

    def __init__(self, log):
        self.log = log

    def keys(self):
        self.log.append("keys")
        return iter(["x", "y"])

    def __getitem__(self, k):
        self.log.append("get " + k)
        return k.upper()


def attempt(thunk):
    try:
        return thunk()
    except TypeError as e:
        return "TypeError: " + str(e)


def loop(n):
    out = set()
    for i in range(n):
        out.add(repr(f(*TI((1, 2)))))
        out.add(repr(max(*TI((i % 3, 1)))))
        out.add(repr((lambda *a: a)(*TI((1, 2)))))
        out.add(attempt(lambda: f(**DupK())))
        out.add(attempt(lambda: f(x=1, **DupK(), y=2)))
        out.add(attempt(lambda: f(**KNI())))
        out.add(attempt(lambda: {**KNI()}))
        out.add(repr(attempt(lambda: f(a=0, **Logged([])))))
    return sorted(out)


for line in loop(2000):
    print(line)

log = []
print(f(**Logged(log)), log)
log = []
print(attempt(lambda: f(x=1, **Logged(log))), log)
log = []
print({**Logged(log), "z": 1}, log)
