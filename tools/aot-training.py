# The training run of the launcher's AOT cache (see ./taipan): the JDK records which classes
# this program loads and links, and later starts find them ready. It should touch what a typical
# short program touches at start-up — the compiler for every kind of statement, the common
# builtin types and their methods, classes, exceptions and tracebacks, formatting — and print
# nothing. It is not a test: keep it quick (well under a second) and free of imports that may
# be missing. The launcher records and starts without the JDK's cached method profiles
# (-XX:-AOTReplayTraining): this run's profiles shaped the dispatch loop's first C2 compile for
# a program unlike the user's (with them: json_parse 1.3x, nbody 1.13x, richards 1.11x the CPU).
import sys

# Builtin (Java) modules: creating one links its classes and lambdas into the cache without
# running Python code, so the dispatch loop's profile is untouched (nbody unchanged). Without
# this a tomllib run spun ~840 lambda/LambdaForm classes at run time (the JDK's class-file API,
# which C2 then compiled too): tomllib_loads 0.90x and json_stdlib 0.92x CPU, -c pass +6 ms.
for _name in ("_sre", "math", "_collections", "_weakref", "_functools", "_operator", "time", "_thread",
              "_json", "itertools", "_struct", "posix", "_io", "_random", "binascii", "_string", "_abc",
              "_codecs", "_signal", "errno", "select", "_locale", "_bisect", "_heapq", "zlib"):
    try:
        __import__(_name)
    except ImportError:
        pass
try:
    # A compiled pattern and a match (re's code for 'a') initialize re.Pattern and re.Match too.
    import _sre
    _sre.compile("a", 32, [14, 8, 3, 1, 1, 1, 1, 97, 0, 16, 97, 1], 0, {}, (None,)).search("ba").group()
except Exception:
    pass
# Not sqlite3: with a connection opened here, sqlite-jdbc's and _sqlite3's classes (~220 in the
# cache, 3.2 MB of it) were mapped and loaded by every start, for the few programs that use it
# (-c pass and each benchmark: peak RSS -3.4 MB without them; import sqlite3 plus a connection:
# +0.26 s of CPU, its classes then come from the jar).


# Pure-Python standard library modules most programs import, and a little of each: their Java
# side (code files, module and type set-up, the lambdas and method handles that set-up links,
# the builtin modules they call) lands in the cache. Without this, `import json` spun ~80
# classes at run time and `import typing, dataclasses, enum` ~300 (lambda proxies, LambdaForms).
# Python code runs here, but the launcher does not replay this run's profiles
# (-XX:-AOTReplayTraining), so it shapes no compile of the user's program. Each step is guarded:
# the CPython standard library may be missing.
def stdlib_exercise():
    for name in ("os", "re", "json", "collections", "functools", "itertools", "typing", "enum",
                 "dataclasses", "datetime", "tomllib", "string", "pathlib", "argparse", "subprocess",
                 "io", "math", "random", "textwrap", "copy", "contextlib", "abc", "operator"):
        try:
            __import__(name)
        except Exception:
            pass
    try:
        import json
        json.loads(json.dumps({"a": [1, 2.5, None, True, "x\u00e9"]}, indent=1, sort_keys=True))
        json.loads(json.dumps({"b": ["y\n", 3]}))  # the Java encoder (no indent)
    except Exception:
        pass
    try:
        import re
        re.compile(r"(?P<k>\w+)\s*=\s*(\d+)").sub(r"\g<k>", "a = 1, b=22")
    except Exception:
        pass
    try:
        import dataclasses
        import enum
        import collections
        import typing

        @dataclasses.dataclass(frozen=True)
        class Pair:
            a: int
            b: typing.Optional[str] = None

        class Color(enum.Enum):
            RED = 1
            GREEN = 2

        class Flags(enum.IntFlag):
            A = 1
            B = 2

        Row = collections.namedtuple("Row", "x y")
        (hash(Pair(1)), repr(Pair(2, "b")), Color(1).name, Flags.A | Flags.B, Row(1, 2)._asdict())
    except Exception:
        pass
    try:
        import datetime
        import tomllib
        tomllib.loads('a = 1\n[t]\nb = "s"\nd = 2024-01-02T03:04:05\n')
        datetime.datetime(2024, 1, 2).isoformat()
    except Exception:
        pass


# The C library through java.lang.foreign: its first downcalls load and link the JDK's foreign
# function classes (~0.25 s of CPU when a program's first call does it), which a pipe and a file
# opened for appending (its descriptor gets O_APPEND) put in the cache. Logging to a file opens it
# with mode 'a'. Float ** and math's functions call libm: linking the first double -> double
# downcall took ~10 ms of a program's first 2.0 ** 0.3 without the cache.
def native_exercise():
    import os
    try:
        import math
        math.sin(2.0 ** 0.3)
    except Exception:
        pass
    try:
        r, w = os.pipe()
        os.close(r)
        os.close(w)
        with open(os.devnull, "a") as f:
            f.write("")
    except Exception:
        pass


stdlib_exercise()
native_exercise()


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Base:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry[cls.__name__] = cls

    @property
    def name(self):
        return type(self).__name__

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(a, /, b=2, *args, c=3, **kw):
        return a + b + c + len(args) + len(kw)


class Child(Base):
    pass


def generator(n):
    total = 0
    for i in range(n):
        received = yield i * i
        total += received or 0
    return total


def exercise():
    text = "The quick brown fox jumps over the lazy dog " * 4
    words = text.split()
    counts = {}
    for w in words:
        counts[w.lower()] = counts.get(w.lower(), 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    joined = ", ".join(f"{k}={v}" for k, v in ordered)
    numbers = [i * 3 % 7 for i in range(200)]
    squares = {n: n * n for n in set(numbers)}
    big = 2 ** 100 // 3 + sum(numbers)
    floats = [x / 7 for x in range(50)]
    formatted = "%s %d %.3f %r" % ("a", 42, 3.14159, [1, (2, 3)])
    formatted += "{:>10}|{:08.3f}|{:,}".format("right", 2.5, 10 ** 9)
    p = Point(1, 2.5) + Point(3, 4.25)
    child = Child.make()
    values = (repr(p), child.name, Base.helper(1, c=5), max(floats), min(words), abs(-big))
    gen = generator(5)
    next(gen)
    try:
        while True:
            gen.send(1)
    except StopIteration as stop:
        values += (stop.value,)
    try:
        {}["missing"]
    except KeyError as e:
        values += (str(e),)
    try:
        raise ValueError("bad") from TypeError("cause")
    except ValueError as e:
        values += (repr(e), e.__cause__)
    match ordered[0]:
        case (str() as word, int(n)) if n > 1:
            values += (word, n)
        case _:
            pass
    with open_nothing() as nothing:
        values += (nothing,)
    return len(joined) + len(squares) + len(values) + len(formatted) + hash(tuple(numbers)) % 7


class open_nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


# Tier 2 (the tracing JIT): loops hot enough to be recorded, optimized and compiled (the
# recorder, the optimizer's passes, the backend and the JDK's class-file API they use), with
# side exits, a bridge and an aborted recording. Without this, the first trace of a program
# loaded ~160 classes outside the cache and ran them cold: float_objects --quick spent more CPU
# with the JIT on than off.
class _Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def jit_exercise():
    vecs = [_Vec(i * 0.5, 1.0 - i) for i in range(1200)]
    total = 0.0
    for v in vecs:
        total += v.dot(v) - v.x * 0.25
    count = 0
    i = 0
    while i < 1200:
        if i % 3 == 0:
            count += i // 3
        else:
            count -= 1
        i += 1
    seq = (1, 2.5, 3)
    acc = 0.0
    for k in range(1200):
        acc += seq[k % 3] * -k
    # a for over a generator whose own loop yields (FOR_ITER_GEN helper, GUARD_YIELD traces), a lambda per iteration
    gen_total = 0
    for x in _stage(_source(1200)):
        f = lambda y: y + x
        gen_total += f(1)
    # residual ops: a str scanned by index and by iterator, str compares and +=, an f-string, a dict
    # iterator, a shift and ints beyond 64 bits (jit.record.ResidualRecorder, interp.TraceResiduals)
    text = "ab,c" * 400
    pos = commas = 0
    word = ""
    while pos < len(text):
        ch = text[pos]
        if ch == ",":
            commas += 1
        else:
            word += ch
        pos += 1
    for ch in text:
        if ch < "b":
            commas += 1 >> (pos & 3)
    table = {f"k{k}": k for k in range(1200)}
    big = 1
    for key, v in table.items():
        big = big * 3 + v
    return total + count + acc + gen_total + commas + len(word) + big % 7


# More of the JIT, as the benchmarks use it (each was a class read from the jar and verified in
# most benchmark runs): polymorphic calls through one site that grow bridges and then a trace
# tree, objects made in the loop, operator methods, keyword calls, instance dicts, and a loop
# calling a function with a short loop of its own.
class _Shape:
    UNIT = 1

    def __init__(self, size):
        self.size = size

    def __add__(self, other):
        return _Square(self.size + other.size)


class _Square(_Shape):
    def area(self):
        return self.size * self.size


class _Circle(_Shape):
    def area(self):
        return 3 * self.size * self.size


class _Open:
    pass


def _scaled(v, factor=2, offset=0):
    return v * factor + offset


def _short_sum(items):
    t = 0
    for x in items:
        t += x
    return t


def _push(out, v, limit):
    # builtins called from an inlined frame (record.FrameSafety); a branch inside it grows a
    # bridge whose exit holds the inlined frame's values (exit.HeldSlot)
    if v % 4 == 0:
        out.append(abs(v) + len(out))
    elif v % 4 == 1:
        out.append(min(v, limit))
    else:
        out.append(str(v).count("1"))
    return len(out)


def jit_exercise_more():
    shapes = [_Square(i % 7) if i % 3 else _Circle(i % 5) for i in range(1500)]
    total = 0
    for s in shapes:
        total += s.area()
        s2 = s + _Square(1)
        total += s2.size + _scaled(s.size, offset=1)
        o = _Open()
        o.value = total & 255
        total += o.value
    out = []
    pairs_src = list(range(40))
    for i in range(3000):
        total += _push(out, i, 100) & 7
    # enumerate and zip, a class attribute, tuples packed and unpacked in the loop
    for i, (a, b) in enumerate(zip(out, shapes)):
        a, c = b.size, a + _Shape.UNIT
        total += i & a + c
    # an inner loop entered again and again whose branch grew a bridge: the trace and its
    # bridge become one class (jit.TraceTrees, emit.TraceTree)
    for r in range(300):
        for v in pairs_src:
            if v & 1:
                total += v
            else:
                total -= r
    pairs = [(i, i + 1, i + 2) for i in range(4)]
    for i in range(1500):
        total += _short_sum(pairs[i % 4])
    return total


def _source(n):
    for i in range(n):
        yield i * 3


def _stage(items):
    for x in items:
        yield x + 1


def main():
    result = 0
    for _ in range(3):
        result += exercise()
    code = compile("x = [a for a in range(3)]\nassert x == [0, 1, 2]", "<training>", "exec")
    exec(code, {})
    result += int(jit_exercise()) % 7
    result += jit_exercise_more() % 7
    if result < 0:
        print(result, file=sys.stderr)
    # the print of a program whose output is a file or a pipe (FileIO's write path)
    print("training done", flush=True)


main()
