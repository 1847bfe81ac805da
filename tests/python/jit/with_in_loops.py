# `with` statements inside traced loops: the context manager's __enter__ and __exit__ run once
# per iteration in order, an exception inside the block reaches __exit__ (which may swallow it),
# managers of several classes meet one site, a class without __exit__ raises CPython's TypeError,
# and an __enter__ that raises leaves __exit__ uncalled. The same with the JIT off, on, and
# forced to trace at once.
import contextlib
import threading


class Counter:
    def __init__(self, log):
        self.log = log
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.depth -= 1
        self.log.append("exit" if kind is None else "exit:" + kind.__name__)
        return kind is KeyError          # swallows KeyError only


class Quiet:
    def __enter__(self):
        return 5

    def __exit__(self, *exc):
        return False


class NoExit:
    def __enter__(self):
        return self


class BadEnter:
    def __init__(self):
        self.exits = 0

    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *exc):
        self.exits += 1


def counted(n):
    log = []
    c = Counter(log)
    total = 0
    for i in range(n):
        with c as same:
            total += i + same.depth
            if i % 97 == 5:
                {}["missing"]              # swallowed by __exit__
            if i == n - 2:
                try:
                    with c:
                        raise ValueError(i)
                except ValueError as e:
                    total += 1000 + e.args[0]
    return total, len(log), log[:4], log[-6:], c.depth


def nested_and_polymorphic(n):
    lock = threading.Lock()
    managers = [Quiet(), contextlib.nullcontext(7), Quiet(), lock]
    total = 0
    for i in range(n):
        with managers[i % 4] as v:
            total += v if isinstance(v, int) else 1
        with Quiet() as a, Quiet() as b:
            total += a * b
        with contextlib.suppress(ZeroDivisionError):
            total += 10 // (i % 5)
    return total, lock.locked()


def errors(n):
    out = []
    bad = BadEnter()
    for i in range(n):
        try:
            with (NoExit() if i == n - 1 else Quiet()):
                pass
        except TypeError as e:
            out.append(str(e))
        try:
            with bad:
                out.append("body")
        except RuntimeError as e:
            last = str(e)
    try:
        with 42:
            pass
    except TypeError as e:
        out.append(str(e))
    return out, last, bad.exits


@contextlib.contextmanager
def tag(log, name):
    log.append("<" + name)
    try:
        yield name.upper()
    finally:
        log.append(name + ">")


def generator_managers(n):
    log = []
    total = 0
    for i in range(n):
        with tag(log, "t%d" % (i % 3)) as t:
            total += len(t)
    return total, log[-4:], len(log)


print(counted(3000))
print(nested_and_polymorphic(3000))
print(errors(500))
print(generator_managers(2000))
