# Which object each bytes/bytearray method returns, as CPython decides it: an exact bytes with
# nothing to do (no separator found, nothing stripped, maxsplit 0, no padding, nothing
# translated) is itself; a subclass's instance gets an exact bytes copy (except as its own part
# in partition's tuple, and partition's middle is the separator object given); bytearray results
# are always new. Each result is coded: b bytes, S the bytes subclass, a bytearray, A the
# bytearray subclass, p the separator subclass, m memoryview; * marks the receiver itself.
class B(bytes): pass
class BA(bytearray): pass
class Sep(bytes): pass

CODES = {"bytes": "b", "B": "S", "bytearray": "a", "BA": "A", "Sep": "p", "memoryview": "m"}

def code(x, r):
    return CODES.get(type(r).__name__, type(r).__name__) + ("*" if r is x else "")

def desc(x, r):
    if isinstance(r, list):
        return "[" + "".join(code(x, p) for p in r) + "]"
    if isinstance(r, tuple):
        return "(" + "".join(code(x, p) for p in r) + ")"
    return code(x, r)

CASES = [
 ("split zzzz", lambda s: s.split(b"zzzz")),
 ("split x", lambda s: s.split(b"x")),
 ("split x 0", lambda s: s.split(b"x", 0)),
 ("split b 0", lambda s: s.split(b"b", 0)),
 ("split b -1", lambda s: s.split(b"b", -1)),
 ("split bc", lambda s: s.split(b"bc")),
 ("split bc 0", lambda s: s.split(b"bc", 0)),
 ("split space 0", lambda s: s.split(b" ", 0)),
 ("split()", lambda s: s.split()),
 ("split(None,0)", lambda s: s.split(None, 0)),
 ("split(maxsplit=1)", lambda s: s.split(maxsplit=1)),
 ("split memview", lambda s: s.split(memoryview(b"zz"))),
 ("split Sep long", lambda s: s.split(Sep(b"abcdefgh"))),
 ("rsplit zzzz", lambda s: s.rsplit(b"zzzz")),
 ("rsplit x", lambda s: s.rsplit(b"x")),
 ("rsplit x 0", lambda s: s.rsplit(b"x", 0)),
 ("rsplit b 0", lambda s: s.rsplit(b"b", 0)),
 ("rsplit bc", lambda s: s.rsplit(b"bc")),
 ("rsplit()", lambda s: s.rsplit()),
 ("rsplit(None,0)", lambda s: s.rsplit(None, 0)),
 ("partition x", lambda s: s.partition(b"x")),
 ("partition b", lambda s: s.partition(b"b")),
 ("partition long", lambda s: s.partition(b"abcdefgh")),
 ("partition Sep", lambda s: s.partition(Sep(b"b"))),
 ("rpartition x", lambda s: s.rpartition(b"x")),
 ("rpartition b", lambda s: s.rpartition(b"b")),
 ("rpartition Sep", lambda s: s.rpartition(Sep(b"b"))),
 ("splitlines", lambda s: s.splitlines()),
 ("splitlines keep", lambda s: s.splitlines(True)),
 ("strip", lambda s: s.strip()),
 ("lstrip", lambda s: s.lstrip()),
 ("rstrip", lambda s: s.rstrip()),
 ("strip x", lambda s: s.strip(b"x")),
 ("strip a", lambda s: s.strip(b"a")),
 ("lstrip x", lambda s: s.lstrip(b"x")),
 ("rstrip x", lambda s: s.rstrip(b"x")),
 ("strip None", lambda s: s.strip(None)),
 ("strip empty", lambda s: s.strip(b"")),
 ("replace x y", lambda s: s.replace(b"x", b"y")),
 ("replace a a", lambda s: s.replace(b"a", b"a")),
 ("replace a b 0", lambda s: s.replace(b"a", b"b", 0)),
 ("replace long", lambda s: s.replace(b"abcdefgh", b"y")),
 ("replace empty", lambda s: s.replace(b"", b"")),
 ("replace empty-y", lambda s: s.replace(b"", b"y")),
 ("replace a ''", lambda s: s.replace(b"a", b"")),
 ("removeprefix x", lambda s: s.removeprefix(b"x")),
 ("removeprefix ''", lambda s: s.removeprefix(b"")),
 ("removeprefix a", lambda s: s.removeprefix(b"a")),
 ("removesuffix x", lambda s: s.removesuffix(b"x")),
 ("removesuffix ''", lambda s: s.removesuffix(b"")),
 ("ljust 0", lambda s: s.ljust(0)),
 ("rjust 0", lambda s: s.rjust(0)),
 ("center 0", lambda s: s.center(0)),
 ("ljust len", lambda s: s.ljust(len(s))),
 ("ljust 10", lambda s: s.ljust(10)),
 ("zfill 0", lambda s: s.zfill(0)),
 ("zfill 10", lambda s: s.zfill(10)),
 ("expandtabs", lambda s: s.expandtabs()),
 ("expandtabs 4", lambda s: s.expandtabs(4)),
 ("translate None", lambda s: s.translate(None)),
 ("translate None del", lambda s: s.translate(None, b"x")),
 ("translate table", lambda s: s.translate(bytes(range(256)))),
 ("translate table del", lambda s: s.translate(bytes(range(256)), b"")),
 ("lower", lambda s: s.lower()),
 ("upper", lambda s: s.upper()),
 ("swapcase", lambda s: s.swapcase()),
 ("capitalize", lambda s: s.capitalize()),
 ("title", lambda s: s.title()),
 ("join []", lambda s: s.join([])),
 ("join [s]", lambda s: s.join([s])),
 ("join [b'']", lambda s: b"".join([s])),
 ("sep.join [s]", lambda s: b"-".join([s])),
 ("join [s, s]", lambda s: b"".join([s, s])),
 ("slice :", lambda s: s[:]),
 ("slice ::1", lambda s: s[::1]),
 ("slice 0:", lambda s: s[0:]),
 ("slice ::-1", lambda s: s[::-1]),
 ("mul 1", lambda s: s * 1),
 ("rmul 1", lambda s: 1 * s),
 ("mul 0", lambda s: s * 0),
 ("add ''", lambda s: s + b""),
 ("radd ''", lambda s: b"" + s),
 ("bytes()", lambda s: bytes(s)),
 ("bytearray()", lambda s: bytearray(s)),
 ("__bytes__", lambda s: s.__bytes__() if hasattr(s, "__bytes__") else None),
 ("mod ()", lambda s: s % ()),
 ("__getnewargs__", lambda s: s.__getnewargs__() if hasattr(s, "__getnewargs__") else None),
 ("copy", lambda s: s.copy() if hasattr(s, "copy") else None),
 ("fromhex", lambda s: type(s).fromhex("61")),
]

for text in [b"", b" ", b"a", b"ab", b"abc", b"a b", b" a ", b"a\n", b"a\nb", b"  abc", b"abc  ", b"abcdefg", b"x", b"\tab"]:
    for make in (bytes, B, bytearray, BA):
        s = make(text)
        out = []
        for label, f in CASES:
            try:
                out.append(desc(s, f(s)))
            except Exception as e:
                out.append(type(e).__name__)
        print(make.__name__, text, " ".join(out))

print(" ".join(label for label, f in CASES))
# the middle of a bytes partition is the separator object itself, whatever its kind
for sep in (b"b", bytearray(b"b"), memoryview(b"b"), Sep(b"b")):
    for s in (b"abc", B(b"abc"), bytearray(b"abc")):
        for r in (s.partition(sep), s.rpartition(sep)):
            print(type(s).__name__, type(sep).__name__, desc(s, r), r[1] is sep)
