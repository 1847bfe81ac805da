# Exceptions copy and pickle: BaseException.__reduce__/__setstate__, OSError's and ImportError's reductions.
import copy
import pickle


class MyError(Exception):
    pass


class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.b = b


e = ValueError("x")
e.note = 1
print(e.__reduce__())
print(OSError(2, "x", "f").__reduce__(), OSError(2, "x", "f", None, "g").__reduce__(), OSError(2, "x").__reduce__())
print(KeyError("k").__reduce__(), ValueError().__reduce__(), StopIteration(3).__reduce__())
print(ImportError("m", name="n", path="p").__reduce__(), ImportError("m").__reduce__())
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").__reduce__())
print(SyntaxError("m", ("f", 1, 2, "x", 1, 3)).__reduce__())
for exc in [ValueError("x"), KeyError("k"), OSError(2, "No such file", "f"), FileNotFoundError(2, "x", "a", None, "b"),
            StopIteration(5), SystemExit(3), MyError(1, 2), WithInit(1, 2), e, ImportError("m", name="n"),
            SyntaxError("m", ("f", 1, 2, "x", 1, 3)), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
            AttributeError("a", name="n", obj=1), NameError("x", name="n")]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(exc, proto))
        assert type(p) is type(exc) and p.args == exc.args, (exc, proto)
    c, d = copy.copy(exc), copy.deepcopy(exc)
    print(type(d).__name__, repr(d), d.args == exc.args, str(c) == str(exc),
          getattr(d, "filename", None), getattr(d, "note", None), getattr(d, "b", None), getattr(d, "name", None))
x = ValueError()
print(x.__setstate__(None), x.__setstate__({"a": 1}), x.a)
try:
    x.__setstate__(1)
except TypeError as err:
    print(err)
y = ValueError("n")
y.add_note("a note")
print(pickle.loads(pickle.dumps(y)).__notes__)
