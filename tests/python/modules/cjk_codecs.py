# The CJK codecs (_multibytecodec and _codecs_XX): round trips of real text, every error
# handler, the exception attributes, and what getcodec refuses.
import codecs

TEXTS = {
    "gb2312": "中文编码测试，简体字。ABC 123",
    "gbk": "中文編碼測試，繁體字也可以：龘。abc",
    "gb18030": "中文 𠀀 €㐀 ñ ß",
    "big5": "繁體中文測試：臺灣。abc",
    "cp950": "繁體中文測試：臺灣。€abc",
    "big5hkscs": "香港增補字符集：嘅 啲 。abc",
    "shift_jis": "日本語のテキスト、ｶﾀｶﾅ。abc",
    "cp932": "日本語のテキスト①ｶﾀｶﾅ。abc",
    "euc_jp": "日本語のテキスト、ｶﾀｶﾅ。abc",
    "shift_jis_2004": "日本語のテキスト。abc",
    "euc_kr": "한국어 텍스트입니다. 똠방각하 쓔쓔쓩 뷁 abc",
    "cp949": "한국어 텍스트입니다. 똠방각하 abc",
    "johab": "한국어 텍스트입니다. abc",
    "iso2022_jp": "日本語のテキスト。abc",
    "iso2022_jp_2": "日本語のテキスト。\u00e9\u03b1\u4e00\uac00\u4e02\u00ad abc",
    "iso2022_kr": "한국어 텍스트입니다. abc",
    "hz": "中文编码 ~ HZ 测试\n第二行",
    "euc_jis_2004": "日本語のテキスト か\u309a 𠀋 丂 ｶﾀｶﾅ abc",
    "iso2022_jp_1": "日本語 丂 ¥‾ abc",
    "iso2022_jp_ext": "日本語 ｶﾀｶﾅ abc",
    "iso2022_jp_3": "日本語 か\u309a 𠀋 丂 abc",
    "iso2022_jp_2004": "日本語 か\u309a 𠀋 丂 俱 abc",
}

for name, text in TEXTS.items():
    data = text.encode(name)
    back = data.decode(name)
    print(name, data, back == text, codecs.lookup(name).name)
    c = codecs.lookup(name)
    print(" ", c.encode(text)[1] == len(text), c.decode(data)[1] == len(data))

# aliases go through the encodings package
for alias in ["GBK", "cp936", "ms936", "sjis", "ms_kanji", "eucjp", "ujis", "euc-kr", "ks_c_5601", "big5-tw",
              "csbig5", "uhc", "hkscs", "csiso2022jp", "iso-2022-kr", "gb18030_2000"]:
    print(alias, codecs.lookup(alias).name)

# errors on encoding: a character the codec lacks
for name in ["gbk", "shift_jis", "euc_kr", "big5", "iso2022_jp", "iso2022_kr", "hz"]:
    s = "a\u00e9b\u0e01c\U0001f600d"
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(name, errors, s.encode(name, errors))
        except UnicodeEncodeError as e:
            print(name, errors, "error", e.start, e.end, e.reason)
    try:
        s.encode(name)
    except UnicodeEncodeError as e:
        print(name, type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print(" ", e)

# errors on decoding: an illegal byte, an unmapped pair, a cut-off character
for name, bad in [("gbk", b"ab\x80cd\xd6"), ("gbk", b"\x81\x20x"), ("shift_jis", b"x\x81\x20y\xa0"),
                  ("euc_jp", b"a\x8e\x20b\xa4"), ("big5", b"a\xa1\x20\xa4"), ("euc_kr", b"a\xb0\x20b\xb0"),
                  ("gb2312", b"\xd6\xd0\xff\xd6"), ("cp949", b"a\xff b\x81"), ("gb18030", b"a\x81\x30\x81z\x81\x30"),
                  ("hz", b"a~{VP~x~}~"), ("iso2022_kr", b"\x1b$)C\x0eGQ\xff\x0f\x1b$)Z\x0e!"),
                  ("euc_jis_2004", b"a\x8f\xa2\xa1\xa4\xff\x8e\xe0b\xa4"),
                  ("euc_kr", b"\xa4\xd4\xa4\xb8\xa4\xd0\xa4\xd4\xa4\xd4\xa4\xb3\xa4\xd0\xa4\xd4x\xa4\xd4\xa4"),
                  ("iso2022_jp_2", b"\x1b(B:unit\x1b.A\x1bNi \x1b.F\x1bNa\x1bN\xe9\x1b$A\x30\x21\x1bNd\x1b$(C\x21\x29"),
                  ("iso2022_jp_ext", b"\x1b(I\x31\x7f\x1b$(Q\x24\x77\x1b(B\x1bN\x1b$"),
                  ("iso2022_jp", b"a\x1bd\x0e\x1b$B$\"\x1b(Zb\x80\x1b$")]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(name, errors, ascii(bad.decode(name, errors)))
        except UnicodeDecodeError as e:
            print(name, errors, type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
            print(" ", e)

# surrogateescape round trip
raw = b"\xd6\xd0\x80\xff\xce\xc4"
s = raw.decode("gbk", "surrogateescape")
print(ascii(s), s.encode("gbk", "surrogateescape") == raw)

# custom handlers
def skip_one(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("<%d:%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % ascii(exc.object[exc.start:exc.end]), exc.end)
codecs.register_error("cjk.test", skip_one)
print("a\u00e9\u4e2d".encode("gbk", "cjk.test"))
print(b"a\x80\xd6\xd0\xd6".decode("gbk", "cjk.test"))

def as_bytes(exc):
    return (b"??", exc.end)
codecs.register_error("cjk.bytes", as_bytes)
print("x\u00e9y".encode("shift_jis", "cjk.bytes"))

def back_to_start(exc):
    return ("\u4e2d", -1)
codecs.register_error("cjk.neg", back_to_start)
print("ab\u00e9".encode("gbk", "cjk.neg"))

def bad_result(exc):
    return 1
codecs.register_error("cjk.bad", bad_result)
for call in [lambda: "\u00e9".encode("gbk", "cjk.bad"), lambda: b"\x80".decode("gbk", "cjk.bad")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

def far(exc):
    return ("", 100)
codecs.register_error("cjk.far", far)
try:
    "\u00e9".encode("gbk", "cjk.far")
except IndexError as e:
    print("IndexError", e)

def unencodable_replacement(exc):
    return ("\u00e9", exc.end)
codecs.register_error("cjk.unenc", unencodable_replacement)
try:
    "a\u00e9".encode("gbk", "cjk.unenc")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)

try:
    "\u00e9".encode("gbk", "no.such.handler")
except LookupError as e:
    print("LookupError", e)
print("abc".encode("gbk", "no.such.handler"))

# the codec object itself
import _codecs_cn, _codecs_jp, _multibytecodec
c = _codecs_cn.getcodec("gbk")
print(type(c).__name__, type(c).__module__)
print(c.encode("中"), c.decode(b"\xd6\xd0"), c.encode(12), c.encode("x", None), c.decode(bytearray(b"ab")))
print(c.encode(input="中", errors="strict"), c.decode(memoryview(b"\xd6\xd0")))
for bad in [lambda: c.decode("str"), lambda: c.encode("x", 1), lambda: _codecs_cn.getcodec(1),
            lambda: _codecs_cn.getcodec(), lambda: _multibytecodec.MultibyteCodec()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for n in ["gbk", "GBK", "shift_jis", "hz", "nope", "euc_jis_2004"]:
    try:
        print(n, type(_codecs_cn.getcodec(n)).__name__)
    except LookupError as e:
        print(n, "LookupError", e)
