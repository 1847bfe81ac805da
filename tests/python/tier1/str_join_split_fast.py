# str.join/split/strip/splitlines/`in` fast paths: list, tuple and iterator arguments, the
# one-item shortcut, error messages, lone surrogates, and one-character substrings.

print("-".join(["a", "b", "c"]), "".join(("x", "y")), ",".join(c for c in "abc"), repr("+".join([])))
s = "solo"
print(" ".join([s]) is s, " ".join((s,)) is s)


class S(str):
    pass


r = "".join([S("sub")])
print(type(r).__name__, r)
for bad in (["a", 1], ("a", None), iter(["a", b"b"])):
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("\ud800".join(["a", "\udc00"])), len("\ud800".join(["\udc00", "\udc00"])))

print("a b  c\td\n".split(), "a,b,,c".split(","), "a::b::c".split("::", 1), "  x  ".split(" "))
print("abc".split("abc"), "".split(), "".split(","), "x y z".rsplit(None, 1))
print([type(p).__name__ for p in S("p q").split()], "a\ud800b c".split())
print("l1\nl2\r\nl3\rl4".splitlines(), "a\nb\n".splitlines(True), "x\u2028y".splitlines())
print(repr(",.word.,".strip(",.")), repr("  pad ".strip()), repr("xx".strip("x")), "k".strip("z") == "k")
print("\x1c\x85 a \xa0".strip() == "a", repr("\u3000b\u2003".strip()))

print("o" in "hello", "z" in "hello", "ll" in "hello", "" in "", "\ud800" in "a\ud800", "é" in "café")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), 3 in {3}, (1, 2) in {(1, 2)}, frozenset([1]) in {frozenset([1])})
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print({1} in {frozenset([1])})
