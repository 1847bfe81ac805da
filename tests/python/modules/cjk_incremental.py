# The stateful side of the CJK codecs: incremental decoding split inside a character,
# getstate/setstate/reset, the stream reader and writer, and files opened with a CJK codec.
import codecs, io, os, tempfile

text = "中文ABC日本語"
for name in ["gbk", "gb18030", "big5", "shift_jis", "euc_jp", "cp932", "euc_kr", "cp949", "iso2022_jp", "iso2022_kr", "hz", "euc_jis_2004",
             "iso2022_jp_1", "iso2022_jp_ext", "iso2022_jp_2004"]:
    try:
        data = text.encode(name)
    except UnicodeEncodeError:
        data = "中文ABC".encode(name) if name not in ("euc_kr", "cp949", "iso2022_kr") else "한국어ABC".encode(name)
    dec = codecs.getincrementaldecoder(name)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(name, parts, "".join(parts) == data.decode(name))
    enc = codecs.getincrementalencoder(name)()
    out = b"".join(enc.encode(ch) for ch in data.decode(name)) + enc.encode("", final=True)
    print(" ", out == data, out)

# pending bytes, getstate and setstate
d = codecs.getincrementaldecoder("gbk")()
print(repr(d.decode(b"\xd6")), d.getstate())
print(repr(d.decode(b"\xd0\xce")), d.getstate())
st = d.getstate()
d.reset()
print(d.getstate())
d.setstate(st)
print(repr(d.decode(b"\xc4")))
d.setstate((b"\xd6", 0))
print(repr(d.decode(b"\xd0", final=True)))
try:
    d.decode(b"a\xd6", final=True)
except UnicodeDecodeError as e:
    print("final:", e.encoding, e.object, e.start, e.end, e.reason)
for bad in [1, (b"x",), ("x", 0), (b"123456789", 0)]:
    try:
        d.setstate(bad)
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
d.reset()
d.errors = "replace"
print(d.errors, repr(d.decode(b"a\x80b\xd6", final=True)))
try:
    d.errors = 3
except TypeError as e:
    print("TypeError", e)
try:
    del d.errors
except AttributeError as e:
    print("AttributeError", e)

e = codecs.getincrementalencoder("gbk")("ignore")
print(e.errors, e.encode("中\u00e9"), e.getstate())
e.setstate(0)
e.reset()
print(e.encode("x", final=True))
e2 = codecs.getincrementalencoder("iso2022_jp")()
print(e2.encode("日"), e2.encode("本"), e2.encode("a"), e2.encode("語", True))

# the stream classes
buf = io.BytesIO()
w = codecs.getwriter("shift_jis")(buf)
w.write("日本")
w.writelines(["語", "テキスト\n", "二行目\n"])
print(buf.getvalue(), w.stream is buf, w.errors)
buf.seek(0)
r = codecs.getreader("shift_jis")(buf)
print(repr(r.read(1)), repr(r.readline()), r.readlines())
buf.seek(0)
r = codecs.getreader("shift_jis")(buf)
print(repr(r.read()))
r = codecs.getreader("gbk")(io.BytesIO(b"a\xd6"), "replace")
print(repr(r.read()))

# files with encoding=
tmp = tempfile.mkdtemp()
for name, sample in [("gbk", "第一行\n第二行：中文\n"), ("shift_jis", "一行目\n二行目\n"), ("euc_kr", "첫째 줄\n둘째 줄\n"),
                     ("big5", "第一行\n繁體\n"), ("cp932", "①②\n"), ("gb18030", "𠀀 €\n")]:
    path = os.path.join(tmp, name + ".txt")
    with open(path, "w", encoding=name) as f:
        f.write(sample)
    with open(path, "rb") as f:
        raw = f.read()
    print(name, raw == sample.encode(name))
    with open(path, encoding=name) as f:
        print(" ", f.readline().rstrip(), f.read().rstrip())
    with open(path, encoding=name) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(" ", f.read() == rest)
    os.remove(path)
os.rmdir(tmp)

# codecs.open goes through the stream reader and writer; constructor argument errors
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "big5.txt")
with codecs.open(path, "w", encoding="big5") as f:
    f.write("繁體\n第二行\n")
with codecs.open(path, "r", encoding="big5") as f:
    print(f.readlines())
with open(path, "a", encoding="big5", errors="replace") as f:
    f.write("\u00e9\n")
with open(path, encoding="big5") as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(tmp)
r = codecs.getreader("gbk")(io.BytesIO("中文\n测试\n".encode("gbk")))
print([r.readline() for _ in range(3)])
for bad in [lambda: codecs.getincrementalencoder("gbk")(errors=None), lambda: codecs.getincrementaldecoder("gbk")(1),
            lambda: codecs.getreader("gbk")()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
