# str subclasses: methods return exact str, an empty format spec uses the subclass's __str__.
class S(str):
    def __str__(self): return "STR(" + self + ")"
    def __repr__(self): return "REPR"
class T(str): pass
class U:
    def __str__(self): return T("t")
s = S("abc")
print(format(s, ""), format(s, "<5"), "{}".format(s), "{:>6}".format(s), f"{s}", f"{s!s}", f"{s!r}", "%s|%r" % (s, s))
print(str(s), type(str(T("x"))).__name__, type(str(U())).__name__, type("%s" % T("y")).__name__, type(format(T("z"), "")).__name__)
print(s + "x", type(s + "x").__name__, s * 2, type(s[0:2]).__name__, s.upper(), type(s.strip()).__name__, type(T("q").strip()).__name__)
print(type(T("ab").replace("x", "y")).__name__, type(T("ab").lower()).__name__, type("".join([T("a")])).__name__, type(T("a").center(1)).__name__)
print(s == "abc", hash(s) == hash("abc"), len(s), s in {"abc": 1}, sorted([S("b"), "a"]))
print(type(T("ab").partition("x")[0]).__name__, type(T("ab").split()[0]).__name__, type(T("ab").split("x")[0]).__name__, type(T("ab").rpartition("x")[2]).__name__)
print(type(T("ab").zfill(1)).__name__, type(T("ab").removeprefix("z")).__name__, type(T("ab").expandtabs()).__name__, type(T("ab").splitlines()[0]).__name__)
print(type(T("ab").title()).__name__, type(T("").capitalize()).__name__, type(T("ab").translate({})).__name__, type(T("ab").__getnewargs__()[0]).__name__)
