# strip/lstrip/rstrip with a chars argument work by code point: a character outside the
# BMP in chars is one character, and only a whole code point is stripped.
GRIN, GRIN2 = "\U0001F600", "\U0001F601"
cases = [
    (GRIN + "ab" + GRIN, GRIN),
    (GRIN + "ab" + GRIN2, GRIN2),
    (GRIN + GRIN2 + "x" + GRIN2 + GRIN, GRIN + GRIN2),
    ("xxabcxx", "x"),
    ("\u00e9ab\u00e9", "\u00e9"),
    (GRIN, GRIN),
    ("", GRIN),
    ("ab", ""),
]
for s, chars in cases:
    print(ascii(s.strip(chars)), ascii(s.lstrip(chars)), ascii(s.rstrip(chars)))


class S(str):
    pass


for name in ("strip", "lstrip", "rstrip"):
    r = getattr(S("abc"), name)("z")
    print(name, type(r).__name__, r)
    r = getattr(S(" abc "), name)()
    print(name, type(r).__name__, ascii(r))
try:
    "ab".strip(1)
except TypeError as e:
    print("TypeError", e)
