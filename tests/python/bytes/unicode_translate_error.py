# UnicodeTranslateError objects: attributes, str for one and many characters, constructor errors
e = UnicodeTranslateError("abc", 0, 1, "nope")
print(e, e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(UnicodeTranslateError("a\u20acb", 1, 2, "x"), UnicodeTranslateError("abc", 0, 3, "many"), repr(UnicodeTranslateError("\U0001f600", 0, 1, "r")))
for a in [(), ("a",), (1, 0, 1, "r"), ("a", "0", 1, "r")]:
    try:
        UnicodeTranslateError(*a)
    except TypeError as x:
        print(type(x).__name__, x)
