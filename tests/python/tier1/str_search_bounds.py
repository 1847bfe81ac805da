# startswith/endswith/find/rfind/index/count with start and end bounds: searched in place
# (no substring copy), so every bound combination must still give CPython's answer.
s = "abcabcab"
for start in (None, -20, -3, 0, 1, 2, 5, 8, 9, 20):
    for end in (None, -20, -2, 0, 3, 7, 8, 20):
        row = []
        for sub in ("", "a", "ab", "abc", "cab", "b", "x", "abcabcabc"):
            row.append((s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
                        s.startswith(sub, start, end), s.endswith(sub, start, end)))
        print(start, end, row)
print(s.startswith(("x", "ca"), 2), s.endswith(("x", "ab"), 0, 5), s.startswith((), 0))
for bad in ((1,), 1):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.index("ab", 7)
except ValueError as e:
    print(type(e).__name__, e)
print(s.index("ab", 1), s.rindex("ab", 0, 7))
# Non-BMP text: indexes are code points, not UTF-16 units.
w = "a\U0001F600bc\U0001F600bc"
print(w.find("bc", 2), w.rfind("bc", 0, 6), w.count("\U0001F600", 1), w.startswith("bc", 2),
      w.endswith("\U0001F600", 0, 5), w.find("", 7), w.find("", 8))
# Single characters are shared objects but still equal, hashable and sliceable like any str.
t = "xyz\xe9\u20ac"
chars = [t[i] for i in range(len(t))] + list(t) + [t[1:2], t[-1:]]
print(chars, [hash(c) == hash(c + "") for c in chars], {c: 1 for c in chars} == dict.fromkeys(t[:5], 1))
class S(str):
    pass
print(type(S("ab")[0]).__name__, type(S("ab")[0:1]).__name__, S("abc").find("c", 1), S("abc").startswith("b", 1))
