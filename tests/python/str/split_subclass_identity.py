# Which results of split, rsplit, partition and splitlines are the str itself: CPython keeps
# even a subclass's instance when the separator is longer than the string or of a wider kind (and
# in partition's tuple when the separator is absent), but copies a subclass's instance where only
# an exact str is reused (no separator found, one line).
class S(str):
    pass

class T(str):
    pass

def describe(s, r):
    return [(type(p).__name__, p is s) for p in r]

CASES = [
    ("split zzzz", lambda s: s.split("zzzz")),
    ("split x", lambda s: s.split("x")),
    ("split x 0", lambda s: s.split("x", 0)),
    ("split b 0", lambda s: s.split("b", 0)),
    ("split space 0", lambda s: s.split(" ", 0)),
    ("split()", lambda s: s.split()),
    ("split(None, 0)", lambda s: s.split(None, 0)),
    ("split(maxsplit=1)", lambda s: s.split(maxsplit=1)),
    ("rsplit zzzz", lambda s: s.rsplit("zzzz")),
    ("rsplit x", lambda s: s.rsplit("x")),
    ("rsplit b 0", lambda s: s.rsplit("b", 0)),
    ("rsplit()", lambda s: s.rsplit()),
    ("rsplit(None, 0)", lambda s: s.rsplit(None, 0)),
    ("split T long", lambda s: s.split(T("abcdefgh"))),
    ("partition x", lambda s: s.partition("x")),
    ("rpartition x", lambda s: s.rpartition("x")),
    ("partition b", lambda s: s.partition("b")),
    ("partition long", lambda s: s.partition("abcdefgh")),
    ("splitlines", lambda s: s.splitlines()),
    ("splitlines keep", lambda s: s.splitlines(True)),
]

for text in ["", " ", "ab", "abc", "a b", " a ", "a\n", "a\nb", "  abc", "abc  ", "abcdefg",
             "\U0001F600x", "a\udc00b", "\ud800\udc00"]:
    for make in (str, S):
        s = make(text)
        for label, f in CASES:
            print(make.__name__, ascii(text), label, describe(s, f(s)))

# a separator of a wider kind (PEP 393) than the string cannot occur in it: CPython answers early
for text, sep in [("abcdef", "\u0100"), ("abcdef", "\U0001F600"), ("ab\u0100cd", "\U0001F600"),
                  ("ab\u0100cd", "\u0101"), ("abc\udc00", "\U0001F600"), ("abcdef", "\udc00"),
                  ("\u0100\u0100", "\U0001F600"), ("a\U0001F600b", "\u0100"), ("ab\u0100", "\u0100")]:
    for make in (str, S):
        s = make(text)
        for r in (s.split(sep), s.rsplit(sep), s.split(sep, 0), s.rsplit(sep, 0), s.split(sep, 1)):
            print(make.__name__, ascii(text), ascii(sep), describe(s, r))

# the separator object itself is the middle of partition's tuple, whatever its type
for sep in (T("b"), "b", T("\udc00")):
    for text in ("abc", S("abc"), "a\udc00b"):
        for r in (text.partition(sep), text.rpartition(sep)):
            print(ascii(text), ascii(sep), [type(p).__name__ for p in r], r[1] is sep)

# an exact str's whole-string results are the object itself
x = "abc" * 3
print(x.split("z")[0] is x, x.rsplit("z")[0] is x, x.split()[0] is x, x.rsplit()[0] is x)
print(x.split(None, 0)[0] is x, x.split("b", 0)[0] is x, x.splitlines()[0] is x)
y = "abc\n"
print(y.splitlines(True)[0] is y, y.splitlines()[0] is y)

# arguments are checked before the early return
for f in (lambda: S("a").split("zz", "x"), lambda: S("a").rsplit(1), lambda: S("a").split("zz", 1, 2),
          lambda: S("a").split(sep="zz", maxsplit=None), lambda: S("").split("")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
