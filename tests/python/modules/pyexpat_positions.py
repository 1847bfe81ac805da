# Where expat stands in a start or end tag's handler: at the tag's '<' (an empty-element tag's end
# past it), in lines, columns and bytes (CurrentByteIndex), whole or fed in pieces, after a byte
# order mark, in Latin-1, and at the reference for the elements of an entity's replacement text.
from xml.parsers import expat
def positions(doc, chunks=None, enc=None):
    p = expat.ParserCreate(enc)
    out = []
    p.StartElementHandler = lambda n, a: out.append(("s", n, p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber))
    p.EndElementHandler = lambda n: out.append(("e", n, p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber))
    if chunks:
        for i in range(0, len(doc), chunks):
            p.Parse(doc[i:i + chunks], False)
        p.Parse(b"", True)
    else:
        p.Parse(doc, True)
    print(out)
positions(b'<a>\n <b>\n  <c/>\n </b>\n</a>')
positions(b'<a>\n <b>\n  <c/>\n </b>\n</a>', chunks=3)
positions(b'<?xml version="1.0"?>\n<root\n   x="1"\n   y="2">\xc3\xa9\xc3\xa9<b></b  >\r\n<c\n/>text</root>')
positions('<a>\u00e9<b/>\u20ac<c></c></a>')
positions(b'\xef\xbb\xbf<a><b/></a>')
positions(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9\xe9<b/></a>")
positions(b'<!DOCTYPE a [<!ENTITY e "<x>inner</x>">]><a>&e;<b/></a>')
big = b"<r>" + b"".join(b"<i n='%d'>\n" % i + b"x" * 100 + b"</i>" for i in range(3000)) + b"</r>"
p = expat.ParserCreate()
last = []
p.StartElementHandler = lambda n, a: last.append((p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber)) if a.get("n") in ("0", "1500", "2999") else None
for i in range(0, len(big), 4096):
    p.Parse(big[i:i + 4096], False)
p.Parse(b"", True)
print(last)
# fed a byte at a time, through multi-byte characters and tags over two lines
positions(b'<a>\xc3\xa9\xe2\x82\xac<b\n x="\xc3\xa9"/>\r\n<c>\xc3\xa9</c></a>', chunks=1)
positions(b'\xef\xbb\xbf<a>\n<b/></a>', chunks=2)

# characters outside the BMP, repeated entity references, a declared us-ascii document
for doc in ['<r>\U0001F600</r>'.encode(), '<r>x\U0001F600<a/></r>'.encode(), '<r a="\U0001F600\U0001F600"><b/></r>'.encode(),
            b'<!DOCTYPE r [<!ENTITY e "<x>ent\ntext</x>">]><r>&e;&e;</r>', b'<?xml version="1.0" encoding="us-ascii"?>\n<r/>',
            b'<!DOCTYPE r [<!ENTITY e "<x/>">]><r>&e;<y/>&e;</r>']:
    positions(doc)
    positions(doc, chunks=1)
    positions(doc, chunks=4)

# the prolog fed in small pieces (has_internal_subset, the XML declaration)
doc = b'<?xml version="1.0" standalone="yes"?><!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'
for n in (1, 3, 7, 100):
    out = []
    p = expat.ParserCreate()
    p.StartDoctypeDeclHandler = lambda *a: out.append(a)
    p.XmlDeclHandler = lambda *a: out.append(a)
    for i in range(0, len(doc), n):
        p.Parse(doc[i:i+n], False)
    p.Parse(b"", True)
    print(n, out)
