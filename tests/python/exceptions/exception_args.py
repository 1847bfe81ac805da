for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None),
          KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3),
          OSError(2, "not found"), OSError(2, "not found", "file.txt"),
          StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)

e = OSError(13, "denied", "/x")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(repr(FileNotFoundError(2, "gone")), OSError(2, "x").__class__.__name__)
print(StopIteration(7).value, StopIteration().value)
print(SystemExit(4).code, SystemExit().code)
ex = Exception("msg")
ex.args = ("changed", 1)
print(str(ex), repr(ex))
ex.note = "attribute"
print(ex.note)
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)))
class CustomStr(Exception):
    def __str__(self):
        return "custom"
print(str(CustomStr("ignored")), repr(CustomStr("ignored")))
k = KeyError("key with 'quote'")
print(str(k), repr(k))
print(str(KeyError(1)), str(KeyError((1, 2))))
try:
    {}["missing"]
except KeyError as err:
    print(err, err.args)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
print(BaseException.__new__(ValueError).args)
e = Exception("with note")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
