# _csv.writer: quoting styles, doubled quotes and escapes, line terminators, None and
# non-str fields, empty records, writerows, the value write() returns, errors.
import _csv
import io


def out(rows, **kw):
    s = io.StringIO()
    w = _csv.writer(s, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except Exception as e:
        return "%s: %s | %r" % (type(e).__name__, e, s.getvalue())
    return s.getvalue()


print(repr(out([["a", "b,c", 'd"e', "f\r\ng", None, 1.5, "", " x", 7]])))
print(repr(out([["a\rb", "c\nd", "e,f", 'g"h']], lineterminator="\n")))
print(repr(out([["a", 1, None, ""]], quoting=_csv.QUOTE_ALL)))
print(repr(out([[1, 2.5, "3", True, None, 1j, "x"]], quoting=_csv.QUOTE_NONNUMERIC)))
print(repr(out([["a,b", 'c"d', "e\\f", "g\nh"]], quoting=_csv.QUOTE_NONE, escapechar="\\")))
print(repr(out([["a,b"]], quoting=_csv.QUOTE_NONE)), repr(out([[""]], quoting=_csv.QUOTE_NONE)))
print(repr(out([['c"d', "e\\f"]], doublequote=False, escapechar="\\")), repr(out([['c"d']], doublequote=False)))
print(repr(out([["e\\f", "a"]], escapechar="\\")))
print(repr(out([[""], [None], [], ["", ""]])))
print(repr(out([["", "a", None]], delimiter=" ", skipinitialspace=True)))
print(repr(out([["a;b", "c'd", "e|f", "g"]], quotechar="'", delimiter=";", lineterminator="|")))
print(repr(out([['a"b']], quoting=_csv.QUOTE_NONE, quotechar=None, escapechar="\\")))
print(repr(out([['a"b', "c,d"]], quotechar=None, escapechar="\\")))
print(repr(out([["é", "😀,x"]])), repr(out([("t", "u"), range(3), "xyz", {"k": 1}])))


class Bad:
    def __str__(self):
        raise ValueError("nostr")


class Rec:
    def __str__(self):
        return "rec,1"


print(repr(out([[Rec()], [Bad()]])))
print(repr(out([1])), repr(out([None])))
s = io.StringIO()
w = _csv.writer(s)
print(w.writerows([["x"], ("y", "z")]), w.writerows(["q"] for i in range(2)), repr(s.getvalue()))
print(w.writerow(["abc"]), type(w.dialect).__name__, w.dialect.delimiter)


class W:
    def write(self, x):
        return "ret:" + x


print(_csv.writer(W()).writerow(["a", "b"]))
for bad in [lambda: _csv.writer(), lambda: _csv.writer(1), lambda: _csv.writer(type("X", (), {"write": 1})()),
            lambda: _csv.writer(W(), foo=1), lambda: _csv.writer(W(), "excel"), lambda: w.writerow(),
            lambda: w.writerow(1, 2), lambda: w.writerows(1), lambda: w.writerows([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
