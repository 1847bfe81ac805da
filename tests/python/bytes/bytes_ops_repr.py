# repr and quoting, comparisons, hashing, slicing with steps, iteration, concatenation, repetition
for b in [b"", b"'", b'"', b"'\"", b"\\", b"\x00\x1f\x7f\x80\xff", b"\t\n\r", b"plain text", bytes(range(32, 127, 7))]:
    print(repr(b), str(b), repr(bytearray(b)), ascii(b), f"{b}", "%s|%r" % (b, b), len(repr(b)))
print(b"a" < b"b", b"a" < b"ab", b"" < b"\x00", b"\xff" > b"\x7f", b"abc" <= b"abc", b"b" >= b"abc", b"x" == bytearray(b"x"))
print(bytearray(b"a") < b"b", b"a" < bytearray(b"b"), bytearray(b"z") >= memoryview(b"a"), b"a" != "a", b"1" == 1, bytearray() == b"")
print(sorted([b"b", b"a", b"ab", b"", b"\xff"]), max(b"abc"), min(bytearray(b"zyx")), sum(b"\x01\x02\x03"))
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), hash(b"x") == hash("x"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}), hash(b"\xff\x00") == hash("\xff\x00"))
d = b"0123456789"
print(d[::2], d[1::3], d[::-1], d[-3:], d[:-3], d[8:2:-2], d[100:], d[-100:2], d[::100], d[5:5], d[2:8][::-1], d[slice(1, None, 4)])
print(d[0], d[-1], d[True], [x for x in d[:3]], list(reversed(b"abc")), b"abc".__iter__().__class__.__name__)
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), b"ab" * 0, b"ab" * -1, 3 * b"-", b"" * 5)
print(b"a" in b"abc", b"" in b"abc", 99 in b"abc", b"abc" in b"ab", bytearray(b"b") in b"abc", memoryview(b"c") in b"abc")
print(bytes.__name__, bytearray.__name__, type(b"").__name__, isinstance(b"", bytes), issubclass(bytes, object), bytes is not bytearray)
print(b"x".__len__(), b"xy".__getitem__(1), b"a".__add__(b"b"), b"a".__mul__(2), b"a".__rmul__(2), b"b".__contains__(98), b"a".__eq__("a"))
print(b"abc".__bytes__(), b"abc".__getnewargs__(), bool(b""), bool(b"\x00"), bool(bytearray()), not bytearray(b"x"))
for thunk in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" * "2", lambda: b"a" * 1.5, lambda: b"a" < "b", lambda: b"a" < 1,
              lambda: d[10], lambda: d[-11], lambda: d["1"], lambda: d[1.0], lambda: b"a" - b"b", lambda: -b"a", lambda: b"a" + 1,
              lambda: bytearray(b"x") + "y", lambda: d.__setitem__(0, 1), lambda: d.__delitem__(0), lambda: hash(bytearray()),
              lambda: d[::0], lambda: b"a" < bytearray(b"b") < "c"]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
