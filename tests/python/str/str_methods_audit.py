# Every str method against CPython: results and argument errors (counts, types, keywords).
import sys
print([n for n in dir(str) if not n.startswith("__")])
samples = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "line1\nline2\r\nline3\rline4\x0bx\x1cy\u2028z",
           "ß", "ﬁ", "İ", "ŉ", "Σ", "ΑΣ", "aΣ b", "ǅ", "\u1e9e", "x\U0001F600y", "\ud800", "12", "١٢", "½", "Ⅻ", "²",
           "\t\ta\tb", "ab\u0301c", "ﬃ", "ﬀ", "\u0390", "ǰ", "Ꭰ", "ꭰ", "\U00010400", "_id9", "9id", "def", "été", "\u00aa", "\u2160",
           "a\u00a0b", "\u3000", "\x1f", "\x85", "ǈ", "hello wORLD", "they're bill's", "TiTlE", "\u2126", "\u212a", "ﬅ"]
def r(x):
    try:
        v = x()
        return repr(v)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
noarg = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "swapcase", "title",
         "upper", "splitlines", "split", "rsplit", "strip", "lstrip", "rstrip", "expandtabs", "__len__", "__repr__", "__str__", "__getnewargs__"]
for s in samples:
    for m in noarg: print(ascii(s), m, ascii(r(lambda m=m: getattr(s, m)())))
args = [None, 1, -1, 0, 2, "", "a", "b", "ab", ",", " ", "x", 1.5, b"a", ("a", "b"), ["a"], 10**30, True]
two = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "partition", "rpartition",
       "strip", "lstrip", "rstrip", "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix", "expandtabs",
       "join", "splitlines", "encode", "__contains__", "__getitem__", "__add__", "__mul__", "__rmul__", "__mod__", "__eq__", "__lt__",
       "__ne__", "__ge__", "__le__", "__gt__", "replace", "translate", "format", "__format__", "format_map"]
for s in ["abcab", ""]:
    for m in two:
        for a in args: print(ascii(s), m, ascii(a), ascii(r(lambda a=a: getattr(s, m)(a))))
three = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "center", "ljust", "rjust", "replace", "encode"]
args3 = [("a", 1), ("a", -2), ("a", None), (None, 1), ("", 0), ("b", 10), (1, "a"), ("a", "b"), (3, "*"), (3, "**"), (4, ""), ("a", 1.0), ("abc", 0)]
for s in ["abcab", "a b c"]:
    for m in three:
        for a in args3: print(ascii(s), m, ascii(a), ascii(r(lambda a=a: getattr(s, m)(*a))))
four = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "replace"]
args4 = [("a", 1, 3), ("a", -4, -1), ("a", None, None), ("", 5, 5), ("", 6, 6), ("", 2, 1), ("b", 0, 10**20), ("a", "b", "c"), ("a", "b", -1), ("a", "b", 1), ("ab", "", 0)]
for s in ["abcab"]:
    for m in four:
        for a in args4: print(ascii(s), m, ascii(a), ascii(r(lambda a=a: getattr(s, m)(*a))))
kw = [("split", {"sep": ","}), ("split", {"maxsplit": 1}), ("split", {"sep": ",", "maxsplit": 0}), ("rsplit", {"maxsplit": 1}),
      ("splitlines", {"keepends": True}), ("expandtabs", {"tabsize": 4}), ("encode", {"encoding": "ascii", "errors": "replace"}),
      ("split", {"x": 1}), ("strip", {"chars": "a"}), ("replace", {"old": "a", "new": "b"}), ("find", {"sub": "a"}), ("center", {"width": 5}),
      ("startswith", {"prefix": "a"}), ("join", {"iterable": []}), ("count", {"x": 1}), ("zfill", {"width": 3}), ("splitlines", {"x": 1}),
      ("encode", {"enc": 1}), ("expandtabs", {"x": 1})]
for m, k in kw:
    print(m, k, ascii(r(lambda: getattr("a,b\tc\xe9 a,b", m)(**k))))
many = [("find",), ("find", "a", 1, 2, 3), ("split", ",", 1, 2), ("strip", "a", "b"), ("center",), ("center", 1, 2, 3), ("replace", "a"),
        ("replace", "a", "b", 1, 2), ("zfill",), ("join",), ("join", 1, 2), ("upper", 1), ("isalpha", 1), ("partition",), ("encode", "utf-8", "strict", 1),
        ("startswith",), ("startswith", "a", 1, 2, 3), ("expandtabs", 1, 2), ("splitlines", 1, 2), ("format_map",), ("__format__",), ("count",), ("index",)]
for a in many:
    print(a, ascii(r(lambda: getattr("abc", a[0])(*a[1:]))))
print(r(lambda: str.maketrans("ab", "cd")), r(lambda: "abc".translate(str.maketrans("ab", "cd", "c"))))
print(r(lambda: str(b"abc", "ascii")), r(lambda: str(b"abc", encoding="ascii")), r(lambda: str(b"\xff", "utf-8", "replace")), r(lambda: str("x", "ascii")))
print(r(lambda: str(object="q")), r(lambda: str(1, 2, 3, 4)), r(lambda: str(x=1)), r(lambda: str(b"a", errors="strict")), r(lambda: str(bytearray(b"hi"), "ascii")))
print(r(lambda: "a" < 1), r(lambda: "a" + 1), r(lambda: 1 + "a"), r(lambda: "a" * "b"), r(lambda: "a" * 1.5), r(lambda: "ab"[5]))
print(r(lambda: 1 in "a"), r(lambda: "abc"[::-1]), r(lambda: "abcdef"[1:5:2]), r(lambda: "abcdef"[::0]), r(lambda: "abc"[-10:10]), r(lambda: "abc" * -1), r(lambda: "abc" * (2**63)))
print(r(lambda: "a".__mod__(1)), r(lambda: "a".__rmod__("x")), r(lambda: "abc".__getitem__(slice(1, None))), r(lambda: str.__new__(str, "x")), r(lambda: str.__new__(int, "x")))
print(r(lambda: iter("ab").__next__()), r(lambda: list(reversed("abc"))), r(lambda: "a".__class__), r(lambda: "abc".__getnewargs__()))
print(r(lambda: "a".__lt__(1)), r(lambda: "a".__eq__(1)), r(lambda: "a".__add__(1)), r(lambda: "a".__mul__("x")), r(lambda: "a".__contains__(1)), r(lambda: "a".__hash__() == hash("a")))
print(r(lambda: "%s".__mod__(())), r(lambda: "a".__len__()))
