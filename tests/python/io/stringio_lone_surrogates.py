# StringIO keeps code points as they are: two lone surrogates stay two (a Java string would
# join a high and a low one into one supplementary character), with newline translation too.
import io
s = "\ud800" + "\udc00"
f = io.StringIO(s)
print(len(f.read()), ascii(f.getvalue()))
f = io.StringIO()
f.write("a\ud83d")
f.write("\ude00b\r\nc\rd\n")
print(ascii(f.getvalue()), f.tell())
f.seek(1)
print(ascii(f.read(1)), ascii(f.read(1)))
for nl in (None, "", "\n", "\r", "\r\n"):
    g = io.StringIO("x\ud800\udc00\r\ny\rz\n", newline=nl)
    print(repr(nl), ascii(g.getvalue()), ascii(g.read()), g.newlines)
h = io.StringIO()
h.write("\U0001f600\ud800")
h.write("\udc00")
print(len(h.getvalue()), ascii(h.getvalue()))
st = h.__getstate__()
k = io.StringIO()
k.__setstate__(st)
print(len(k.getvalue()), ascii(k.getvalue()))
