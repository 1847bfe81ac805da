# open()/TextIOWrapper with any codec of the registry (Java codecs and the stdlib's pure-Python
# encodings package alike), errors= and newline= kept; the utf-7 codec.
import codecs
import io
import os
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, "text.txt")
text = "caf\u00e9 \u20ac \u0416\nline two\r\nthree\rend"

for enc in ["cp1252", "utf-8-sig", "utf-16", "mac-roman", "cp500", "koi8_r", "iso8859_15", "cp437", "utf-7",
            "punycode", "hp_roman8", "cp1140", "latin-1", "ascii"]:
    with open(path, "w", encoding=enc, errors="replace", newline="") as f:
        f.write(text)
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        translated = f.read()
    with open(path, encoding=enc, newline="") as f:
        lines = f.readlines()
    with open(path, encoding=enc, newline="\r") as f:
        by_cr = list(f)
    print(enc, raw[:24], repr(translated), lines, by_cr)

# newline translation on write, with a codec the registry provides
with open(path, "w", encoding="cp500", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="cp500") as f:
    print(repr(f.read()), f.newlines)

# tell/seek cookies and incremental reads through a Python decoder
with open(path, "w", encoding="mac-roman") as f:
    f.write("\u00e9t\u00e9\nhiver\nprintemps\n")
with open(path, encoding="mac-roman") as f:
    first = f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(repr(first), repr(second), f.readline() == second, repr(f.read(3)))

# errors= on read and write
with open(path, "wb") as f:
    f.write(b"ok \x81 \x8d end")
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    with open(path, encoding="cp1252", errors=errors) as f:
        print(errors, ascii(f.read()))
try:
    with open(path, encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    with open(path, "w", encoding="cp1252") as f:
        f.write("\u0416")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(path, "w", encoding="cp1252", errors="xmlcharrefreplace") as f:
    f.write("\u0416!")
with open(path, "rb") as f:
    print(f.read())

# codecs that are not text encodings, and unknown ones
for enc in ("rot13", "hex", "no-such-codec"):
    try:
        open(path, encoding=enc)
    except LookupError as e:
        print("LookupError", e)

# TextIOWrapper over an in-memory buffer, and a codec registered by the program
def search(name):
    if name == "shout":
        def encode(s, errors="strict"):
            return s.upper().encode("latin-1", errors), len(s)

        def decode(b, errors="strict"):
            return bytes(b).decode("latin-1", errors).lower(), len(b)
        class Encoder(codecs.IncrementalEncoder):
            def encode(self, s, final=False):
                return encode(s, self.errors)[0]

        class Decoder(codecs.IncrementalDecoder):
            def decode(self, b, final=False):
                return decode(b, self.errors)[0]
        return codecs.CodecInfo(encode, decode, name="shout", incrementalencoder=Encoder,
                                incrementaldecoder=Decoder)
    return None

codecs.register(search)
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="shout")
w.write("Hello\nWorld")
w.flush()
print(buf.getvalue(), w.encoding)
buf.seek(0)
print(io.TextIOWrapper(buf, encoding="shout").read().split("\n"))
codecs.unregister(search)

# utf-7
for s in ["a b", "1+1", "~\\", "\u20ac", "a\u20acb", "\u00e9.", "\u00e9a", "\U0001f600", "\x00"]:
    b = s.encode("utf-7")
    print(ascii(s), b, b.decode("utf-7") == s, codecs.utf_7_encode(s))
for b in [b"+-", b"+AOk", b"+AOkA", b"+!", b"+AB-", b"+2D0-", b"\x80", b"a+IKx-b"]:
    for errors in ("strict", "replace"):
        try:
            print(b, errors, ascii(b.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError", e)
print(codecs.utf_7_decode(b"a+IKw", "strict", False), codecs.utf_7_decode(b"a+IKw", "strict", True))
d = codecs.getincrementaldecoder("utf-7")()
print([d.decode(bytes([c])) for c in b"a+IKwgrA-b"])
