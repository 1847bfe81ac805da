# object.__new__(C) and C.__new__(C) inside a traced loop: an allocation without __init__
# (go's Board.copy). The class is patched mid-loop (a __new__ of its own, a __del__, made
# abstract), other classes and non-classes come to the same call site, and the error cases
# raise what CPython raises.
import abc


class Board:
    def __init__(self, cells):
        self.cells = cells
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.cells = self.cells[:]
        other.moves = self.moves + 1
        return other


def copies(n):
    b = Board([0, 1, 2])
    total = 0
    for i in range(n):
        c = b.copy()
        c.cells[0] = i
        total += c.cells[0] + c.moves
        if i % 97 == 0:
            b = c
    return total, b.moves, type(b).__name__


print("copies", copies(3000))


class Point:
    pass


class Other:
    def __repr__(self):
        return "Other()"


def make(n, classes):
    out = []
    for i in range(n):
        cls = classes[i % len(classes)]
        p = object.__new__(cls)
        p.v = i
        out.append(p)
    return len(out), sorted({type(p).__name__ for p in out}), out[-1].v


print("one class", make(2000, [Point]))
print("two classes", make(2000, [Point, Other]))


# the class gets a __new__ of its own mid-loop: the trace's version guard exits, tier 1 calls it
class Patched:
    pass


def patched(n):
    seen = []
    for i in range(n):
        if i == n * 3 // 4:
            def __new__(cls):
                seen.append("own __new__")
                return object.__new__(cls)
            Patched.__new__ = staticmethod(__new__)
        p = Patched.__new__(Patched)
        p.i = i
    return p.i, len(seen), type(p).__name__


print("patched", patched(2000))


# a __new__ that returns something else entirely
class Odd:
    @staticmethod
    def __new__(cls):
        return 42


def odd(n):
    t = 0
    for i in range(n):
        t += Odd.__new__(Odd)
    return t


print("odd", odd(1500))


# __del__ added mid-loop: instances become finalizable, tier 1 makes them
class Finalized:
    pass


def finalized(n):
    for i in range(n):
        if i == n - 3:
            # (when it runs differs between runtimes: it does nothing)
            Finalized.__del__ = lambda self: None
        f = object.__new__(Finalized)
        f.i = i
    return f.i, hasattr(Finalized, "__del__")


print("finalized", finalized(2000))


# abstract mid-loop: object.__new__ refuses it
class Shape(abc.ABC):
    pass


def abstract(n):
    made = 0
    try:
        for i in range(n):
            if i == n - 5:
                Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
            s = object.__new__(Shape)
            made += 1
    except TypeError as e:
        return made, str(e)
    return made, None


print("abstract", abstract(2000))


# errors: not a type, not a heap type, extra arguments
def errors():
    for args in [(3,), (int,), (Point, 1)]:
        try:
            r = object.__new__(*args)
            print("made", type(r).__name__)
        except TypeError as e:
            print("TypeError", e)


errors()


def late_int(n):
    out = []
    for i in range(n):
        cls = Point if i < n - 1 else int
        try:
            out.append(type(object.__new__(cls)).__name__)
        except TypeError as e:
            out.append(str(e))
    return out[0], out[-1]


print("late int", late_int(1500))


# a metaclass other than type: C.__new__ is looked up through it
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


def with_meta(n):
    for i in range(n):
        w = WithMeta.__new__(WithMeta)
        w.i = i
    return w.i, type(w).__name__


print("metaclass", with_meta(1500))
