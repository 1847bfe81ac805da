# _csv.reader: the parser's states (quotes, doubled quotes, escapes, newlines inside and
# outside quotes, skipinitialspace, strict), QUOTE_NONNUMERIC conversion, line_num, errors.
import _csv
import io


def rows(lines, **kw):
    try:
        return list(_csv.reader(lines, **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(rows(["a,b,c", "1,2,3"]))
print(rows(['"a,b",c', '"say ""hi""",x']))
print(rows(['a, "b,c", d'], skipinitialspace=True))
print(rows(['a,"b,c"'], quoting=_csv.QUOTE_NONE))
print(rows(['"a\\"b",c'], escapechar="\\"))
print(rows(['"a"b,c'], doublequote=False), rows(['"a""b",c'], doublequote=False))
print(rows(['a"b"c,d']), rows(["a,b,"]), rows([","]), rows(['""']), rows(["  a  ,  b  "]))
print(rows(["a,b\r\n", "c,d\r\n"]), rows(["a,b\r"]), rows(['"a\r\nb"\r\n']))
print(rows(['"a" ,b']), rows(['"a" ,b'], strict=True), rows(['"a"\n', "b"]))
print(rows(["a\\"], escapechar="\\"), rows(["a\\"], escapechar="\\", strict=True))
print(rows(["a\\\n", "b"], escapechar="\\"), rows(['"a\\\n', 'b"'], escapechar="\\"), rows(["a\\\r\n", "b"], escapechar="\\"))
print(rows(["é;ü;😀"], delimiter=";"), rows(["a\tb"], delimiter="\t"), rows(["'a,b'"], quotechar="'"))
print(rows(["a\\,b"], escapechar=None), rows(["a\0b,c"]))
print(rows(['"a\n', 'b",c\n', "d\n"]), rows(["\n", "", "a\n", "\r\n"]))
print(rows(['"ab']), rows(['"ab'], strict=True), rows(['a,"']))
print(rows(['1,"2",,3.5, 4'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['1,,2,""'], quoting=_csv.QUOTE_NONNUMERIC), rows(["1, ,2"], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(["\\1,2"], quoting=_csv.QUOTE_NONNUMERIC, escapechar="\\"), rows([" 1, 2"], quoting=_csv.QUOTE_NONNUMERIC, skipinitialspace=True))
print(rows(["1,x"], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(["a\rb,c"]), rows(["a\nb\n"]))
print(rows([b"a,b"]), rows(iter([1])))


class S(str):
    pass


print(rows([S("a,b")]))


def gen():
    yield "a"
    raise KeyError("boom")


print(rows(gen()))
r = _csv.reader(['"a', 'b"', "c"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, type(r.dialect).__name__, iter(r) is r)
print(rows(["x" * 5], delimiter=";"), _csv.field_size_limit(4), rows(["abcd,abcde"]), _csv.field_size_limit())
_csv.field_size_limit(131072)
for bad in [lambda: _csv.reader(), lambda: _csv.reader([], "excel", 3), lambda: _csv.reader(1),
            lambda: _csv.reader([], foo=1), lambda: _csv.reader([], "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(r).__name__, type(r).__module__, _csv.Reader is type(r))
try:
    type(r)()
except TypeError as e:
    print("TypeError", e)
for target, attr in [(r, "line_num"), (r, "dialect"), (_csv.writer(io.StringIO()), "dialect")]:
    try:
        setattr(target, attr, 3)
    except AttributeError as e:
        print("AttributeError", attr, e)
print(list(_csv.reader(["a;b"], None, delimiter=";")))
try:
    _csv.reader([], None, dialect=None)
except TypeError as e:
    print("TypeError", e)
