# str.encode / bytes.decode called from a function the trace inlines, with the encoding and error
# handler in variables: Java codecs and handlers run as plain calls; when the variable later names
# a codec or error handler written in Python, that code sees its callers' frames as tier 1 has them.
import codecs
import os
import sys

seen = []


def search(name):
    if name != "framewatch":
        return None

    def enc(s, errors="strict"):
        f = sys._getframe(1)
        seen.append(("enc", f.f_code.co_name, sorted(f.f_locals)))
        return s.upper().encode("ascii"), len(s)

    def dec(b, errors="strict"):
        f = sys._getframe(1)
        seen.append(("dec", f.f_code.co_name, sorted(f.f_locals)))
        return bytes(b).decode("ascii").lower(), len(b)

    return codecs.CodecInfo(enc, dec, name="framewatch")


codecs.register(search)


def handler(err):
    f = sys._getframe(1)
    seen.append(("err", f.f_code.co_name))
    return "?", err.end


codecs.register_error("framewatch.err", handler)


def roundtrip(s, encoding, errors):
    b = s.encode(encoding, errors)
    return b.decode(encoding, errors)


def driver(n, late_encoding, late_errors):
    out = []
    for k in range(n):
        enc = late_encoding if k == n - 5 else "utf-8"
        err = late_errors if k == n - 3 else "surrogateescape"
        out.append(roundtrip("k\udc80%d" % (k % 10) if enc == "utf-8" else "abc", enc, err))
    return out


r = driver(2000, "framewatch", "framewatch.err")
print(len(r), r[-6:], seen)
seen.clear()
r = driver(2000, "ascii", "surrogatepass")
print(r[-6:-4], seen)
try:
    driver(2000, "utf-8", "strict")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start)
print(os.environ.get("TAIPAN_NO_SUCH_VARIABLE"), [os.environ.get("PATH") == os.environ["PATH"] for _ in range(500)][-1])
print("é".encode("latin-1"), b"\xff".decode("utf-8", "replace"), "x\udcff".encode("ascii", "backslashreplace"))
