# TextIOWrapper reads keep lone surrogates as single characters, as bytes.decode does: a high and
# a low surrogate written with surrogatepass read back as two characters, never as one
# supplementary character (a Java string would join them), through read(), read(n), readline(),
# iteration and tell()/seek(), whatever the chunk boundaries; a real supplementary character
# stays one.
import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
text = "a\ud800\udc00b\r\n\udfff\U00010000\ud83d\ude00\n\udbff\udfffz"
with open(p, "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
    print(f.write(text))
with open(p, "rb") as f:
    data = f.read()
print(data)

for nl in (None, "", "\n", "\r\n"):
    with open(p, encoding="utf-8", errors="surrogatepass", newline=nl) as f:
        s = f.read()
        print(repr(nl), ascii(s), len(s), f.newlines)
    with open(p, encoding="utf-8", errors="surrogatepass", newline=nl) as f:
        print(" lines", [ascii(x) for x in f])
    with open(p, encoding="utf-8", errors="surrogatepass", newline=nl) as f:
        print(" readline(3)", [ascii(f.readline(3)) for _ in range(5)])

with open(p, encoding="utf-8", errors="surrogatepass") as f:
    out = []
    while True:
        c = f.read(1)
        if not c:
            break
        out.append(c)
    print(ascii(out), len(out))

# tell() and seek() between the two halves of an encoded pair
with open(p, encoding="utf-8", errors="surrogatepass") as f:
    f.read(2)
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, ascii(f.read(1)), f.read() == rest[1:])


class Trickle(io.RawIOBase):
    """A raw stream giving at most k bytes per read, so chunks split the encoded surrogates."""

    def __init__(self, data, k):
        self.data, self.k, self.pos = data, k, 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.k, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


for k in (1, 2, 3, 4, 5, 7):
    t = io.TextIOWrapper(io.BufferedReader(Trickle(data, k), buffer_size=k), encoding="utf-8",
                         errors="surrogatepass", newline="")
    s = t.read()
    t2 = io.TextIOWrapper(io.BufferedReader(Trickle(data, k), buffer_size=k), encoding="utf-8",
                          errors="surrogatepass", newline="")
    pieces = []
    while True:
        c = t2.read(2)
        if not c:
            break
        pieces.append(c)
    t3 = io.TextIOWrapper(io.BufferedReader(Trickle(data, k), buffer_size=k), encoding="utf-8",
                          errors="surrogatepass", newline="")
    print(k, s == text, "".join(pieces) == text, [len(x) for x in t3])

# surrogateescape: undecodable bytes become lone low surrogates, one each
with open(p, "wb") as f:
    f.write(b"a\xed\xa0\x80\xed\xb0\x80\xff\xfe\nb\xf0\x9f\x98\x80\xc3\n")
with open(p, encoding="utf-8", errors="surrogateescape") as f:
    print(ascii(f.read()))
with open(p, encoding="utf-8", errors="surrogateescape") as f:
    print([ascii(x) for x in f])

# other codecs with surrogatepass
for enc in ("utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"):
    with open(p, "w", encoding=enc, errors="surrogatepass") as f:
        f.write("x\ud800\udc00\ndone")
    with open(p, encoding=enc, errors="surrogatepass") as f:
        s = f.read()
        print(enc, ascii(s), len(s))
    with open(p, encoding=enc, errors="surrogatepass") as f:
        print(" ", [ascii(x) for x in f])

# IncrementalNewlineDecoder over a surrogatepass decoder
dec = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")("surrogatepass"), translate=True)
s = dec.decode(b"\xed\xa0\x80\xed\xb0\x80\r")
print(ascii(s), len(s))
s = dec.decode(b"\n\xed\xa0\x80\xed\xb0", final=False) + dec.decode(b"\x80\r\n", final=True)
print(ascii(s), len(s), dec.newlines)

os.remove(p)
os.rmdir(d)
