# io.StringIO and io.BytesIO: an empty write past the end fills no gap, iteration of a closed
# stream, pickling and __getstate__/__setstate__ (with their errors), readinto any writable buffer.
import array
import io
import pickle

for cls, buf in ((io.StringIO, "1234567890"), (io.BytesIO, b"1234567890")):
    m = cls(buf)
    print(m.seek(11), repr(m.read()), m.tell(), repr(m.getvalue()))
    m.write(buf[:0])
    print(repr(m.getvalue()))
    m.write(buf[:3])
    print(repr(m.getvalue()))
    m = cls(buf)
    m.seek(len(buf) + 1)
    print(list(m))
    m = cls(buf * 2)
    m.close()
    for attempt in (lambda: next(m), lambda: m.__getstate__(), lambda: m.__setstate__((buf, 0, None))):
        try:
            attempt()
        except ValueError as e:
            print("ValueError", e)

for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("ab\r\ncd\ref\ngh", newline=newline)
    s.read(3)
    s.extra = [newline]
    state = s.__getstate__()
    print(repr(state))
    t = pickle.loads(pickle.dumps(s))
    print(repr(t.getvalue()), t.tell(), repr(t.read()), t.extra, repr(t.newlines))

b = io.BytesIO(b"hello")
b.read(1)
print(b.__getstate__())
b2 = pickle.loads(pickle.dumps(b))
print(b2.getvalue(), b2.tell())

s = io.StringIO()
s.__setstate__(("no error", "\n", 0, None))
print(repr(s.getvalue()), s.tell())
s.__setstate__(("x\r\ny", None, 1, {"k": 2}))
print(repr(s.getvalue()), s.tell(), s.k)
for bad in [("x", "\n", 0), ("", "f", 0, None), ("", "", -1, None), (b"", "", 0, None), ("", b"", 0, None),
            ("", "", 0.0, None), ("", "", 0, 0), 0, ["", "", 0, None]]:
    try:
        io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [(b"", -1, None), ("unicode", 0, None), (b"", 0.0, None), (b"", 0, 0), (b"len-test", 0), 0]:
    try:
        io.BytesIO().__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for target in (array.array("b", b"xxxxxx"), array.array("i", [0, 0]), bytearray(b"zz"),
               memoryview(bytearray(b"yyyy"))):
    source = io.BytesIO(b"abcdefgh")
    n = source.readinto(target)
    print(n, bytes(target), source.tell())
try:
    io.BytesIO(b"abc").readinto(b"xyz")
except TypeError as e:
    print("TypeError")
