# str.lower/upper of all-ASCII strings (one-pass path) next to non-ASCII ones that take the
# Unicode path, str.join with one argument (array-free form) on str subclasses and bad items,
# and one-character Latin-1 strings shared as in CPython (identity of equal one-char strs).
class S(str):
    pass


words = ["", "a", "A", "abc", "ABC", "Hello World", "MiXeD_123-!", "@[`{", "z" * 40, "Zoë", "ǅ", "straße",
         "İstanbul", "ΣΑΣ", "a\ud800B", "ﬃ", "x\U0001F600Y"]
for w in words:
    print(ascii(w), ascii(w.lower()), ascii(w.upper()), type(S(w).lower()).__name__, S(w).upper() == w.upper())
print([w.lower() is w for w in ["", "ab", "abc"]].count(True) <= 1)
for sep in ["", ", ", "ß", "\ud800"]:
    for items in [[], ["a"], ["a", "b"], ("x", "yy", "zzz"), iter(["p", "q"]), {"k": 1}, "abc",
                  [S("s"), "t"], ["\udc00", "x"]]:
        r = sep.join(items)
        print(ascii(sep), ascii(r), type(r).__name__, type(S(sep).join(items if not hasattr(items, "__next__") else iter(["p", "q"]))).__name__)
one = S("only")
print(type("".join([one])).__name__, type("-".join([one])).__name__, "".join(["x"]) is "".join(["x"]))
for bad in [[1], ["a", 2], ["a", b"b"], 5, None]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a"], ["b"])
except TypeError as e:
    print(type(e).__name__, e)
s = "a\"b\\c"
q, e = '"', "\xe9"
print([s[i] is s[i:i + 1] for i in range(len(s))], chr(34) is q, str(chr(233)) is e, "".join([e]) is e)
