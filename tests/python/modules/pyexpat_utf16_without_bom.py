# A document in UTF-16 without a byte order mark is read as expat reads it: a zero first byte
# means big-endian, a zero second byte little-endian (xml.sax and ElementTree get it the same way).
from xml.parsers import expat
import xml.etree.ElementTree as ET
import xml.sax, io
from xml.sax.saxutils import XMLGenerator

data = '<money value="$\xa3\u20ac\U0001017b">$\xa3\u20ac\U0001017b</money>'
for enc in ('us-ascii', 'utf-8', 'utf-16', 'utf-16le', 'utf-16be', 'utf-8-sig'):
    for decl in (None, enc if enc != 'utf-8-sig' else 'utf-8'):
        text = ('<?xml version="1.0" encoding="%s"?>' % decl if decl else '') + data
        doc = text.encode(enc, 'xmlcharrefreplace')
        for mode in ("whole", "fed"):
            out = []
            p = expat.ParserCreate()
            p.CharacterDataHandler = out.append
            p.XmlDeclHandler = lambda v, e, s: out.append(("decl", v, e, s))
            p.StartElementHandler = lambda n, a: out.append((n, a))
            try:
                if mode == "whole":
                    p.Parse(doc, True)
                else:
                    for i in range(0, len(doc), 5):
                        p.Parse(doc[i:i + 5], False)
                    p.Parse(b"", True)
                if mode == "fed":  # where a fed piece ends, text is cut differently: only the whole text
                    out = [x for x in out if not isinstance(x, str)] + ["".join(x for x in out if isinstance(x, str))]
                print(enc, decl, mode, out)
            except expat.ExpatError as e:
                print(enc, decl, mode, "ExpatError", e)
        print(" ET", ET.fromstring(doc).text == '$\xa3\u20ac\U0001017b')
        result = io.BytesIO()
        xml.sax.parse(io.BytesIO(doc), XMLGenerator(result, "utf-8"))
        print(" sax", result.getvalue())

# fed a byte or a few at a time: the first four bytes decide the encoding, as in expat; a huge handler result
def fed(doc, n):
    out = []
    p = expat.ParserCreate()
    p.StartElementHandler = lambda name, a: out.append(name)
    p.XmlDeclHandler = lambda *a: out.append(a)
    try:
        for i in range(0, len(doc), n):
            p.Parse(doc[i:i + n], False)
        p.Parse(b"", True)
    except expat.ExpatError as e:
        out.append(str(e))
    return out
for doc in [b'\x00<\x00a\x00/\x00>', "<?xml version='1.0' encoding='utf-16'?><a/>".encode("utf-16"), "<?xml version='1.0'?><a/>".encode("utf-16-be"),
            b'<a/>', b'\xef\xbb\xbf<a/>', b"<?xml version='1.0'?><a/>"]:
    print([fed(doc, n) for n in (1, 2, 3, 100)])
p = expat.ParserCreate(); p.SetParamEntityParsing(2)
p.ExternalEntityRefHandler = lambda *a: 2**70
try:
    p.Parse(b'<!DOCTYPE r SYSTEM "s.dtd"><r/>', True)
except Exception as e:
    print(type(e).__name__, e)
