# Pattern.match/fullmatch/search called with one or two positional arguments (the array-free
# forms) must behave as the general call: pos clamping, negative and huge pos, __index__ objects,
# bad subjects and positions, bytes patterns, and the same results as the keyword forms.
import re


class Idx:
    def __index__(self):
        return 2


p = re.compile(r"(\d+)(?P<frac>\.\d+)?")
b = re.compile(rb"\d+")
s = "ab12.5cd345"
for name in ("match", "fullmatch", "search"):
    f = getattr(p, name)
    for args in [(s,), (s, 2), (s, -5), (s, 100), (s, 8), ("12.5",), ("12.5", 0), (s, Idx()), (s, True)]:
        m = f(*args)
        print(name, args[1:] if not isinstance(args[1:] and args[1], Idx) else "Idx", m and (m.group(), m.span(), m.groups(), m.pos, m.endpos))
    print(name, f(string=s, pos=2) == f(s, 2) or (f(string=s, pos=2).span() == f(s, 2).span()))
    for bad in [(1,), (b"12",), (s, 1.5), (s, "2"), (s, 2**70)]:
        try:
            print(name, f(*bad))
        except (TypeError, OverflowError) as e:
            print(name, type(e).__name__, e)
print(b.match(b"123x").group(), b.search(b"xx45", 1).group(), b.fullmatch(b"99", 0).group())
try:
    b.match("123")
except TypeError as e:
    print(type(e).__name__, e)
for i in range(200):
    m = p.match("x" * (i % 3) + "7.25", i % 3)
print(m.group(0), m.group("frac"))
