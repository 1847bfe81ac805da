# TextIOWrapper's encoding and errors arguments as CPython reads them (C strings), "locale",
# io.text_encoding(), and reconfigure(): no change of codec or newline once text was read, and
# no BOM written in the middle of a seekable stream after a switch to a BOM codec.
import codecs
import io


def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not isinstance(r, io.TextIOWrapper) else r.encoding)
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"\xc3\xa9\n")
t = io.TextIOWrapper(b, encoding="utf-8")
attempt(t.__init__, b, encoding="\udcfe")
attempt(t.__init__, b, encoding="utf-8\0")
attempt(t.__init__, b, encoding="utf-8", errors="\udcfe")
attempt(t.__init__, b, encoding="utf-8", errors="replace\0")
attempt(t.__init__, b, encoding=42)
attempt(io.TextIOWrapper, io.BytesIO(), encoding="locale")
attempt(codecs.lookup, "\udcfe")
attempt(codecs.lookup, "utf-8\0")
print(io.text_encoding(None), io.text_encoding("latin-1"))

txt = io.TextIOWrapper(io.BytesIO(), "ascii", "replace", "\r")
attempt(txt.reconfigure, encoding=42)
attempt(txt.reconfigure, encoding="\udcfe")
attempt(txt.reconfigure, encoding="locale\0")
attempt(txt.reconfigure, errors="\udcfe")
attempt(txt.reconfigure, newline="xyz")
attempt(txt.reconfigure, encoding="locale")
print(txt.encoding, txt.errors)

data = "abc\xe9\n".encode("latin1") + "d\xe9f\n".encode("utf8")
txt = io.TextIOWrapper(io.BytesIO(data), encoding="latin1", newline="\n")
print(repr(txt.readline()))
attempt(txt.reconfigure, encoding="utf-8")
attempt(txt.reconfigure, newline=None)
attempt(txt.reconfigure, line_buffering=True)
print(repr(txt.read()))
attempt(txt.reconfigure, encoding="utf-8")

for first in ("ascii", "latin1"):
    raw = io.BytesIO()
    txt = io.TextIOWrapper(raw, encoding=first, newline="\n")
    txt.write("abc\n")
    txt.reconfigure(encoding="utf-8-sig")
    txt.write("d\xe9f\n")
    txt.flush()
    print(raw.getvalue())
raw = io.BytesIO()
txt = io.TextIOWrapper(raw, encoding="ascii")
txt.reconfigure(encoding="utf-8-sig")
txt.write("x")
txt.flush()
print(raw.getvalue())


class BadIndex:
    def __index__(self):
        1 / 0


txt = io.TextIOWrapper(io.BytesIO(), "ascii", "replace", "\r")
for kw in ({"line_buffering": BadIndex()}, {"write_through": 2**1000}, {"line_buffering": "x"},
           {"line_buffering": BadIndex(), "write_through": BadIndex()}, {"line_buffering": 2},
           {"write_through": 0}):
    attempt(txt.reconfigure, **kw)
    print(txt.line_buffering, txt.write_through)

# builtins.open is _io's open, and CPython's _io calls itself io
import inspect
print(open.__module__, io.open.__module__, open is io.open, inspect.signature(open))
