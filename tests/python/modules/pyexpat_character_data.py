# Character data in the pieces expat hands its handler: each line end alone, each character or
# predefined entity reference alone, text a converting encoding (Latin-1, UTF-16, a Python codec)
# passes through in 1,024-byte pieces; buffer_text joins pieces across events that have no
# handler, delivers before each handled event, and follows buffer_size (UTF-8 bytes) as pyexpat does.
from xml.parsers import expat


def pieces(doc, bt=False, size=None, handlers=("start",), enc=None, lengths=False):
    out = []
    p = expat.ParserCreate(enc)
    p.buffer_text = bt
    if size is not None:
        p.buffer_size = size
        p.buffer_text = bt
    p.CharacterDataHandler = (lambda t: out.append(len(t))) if lengths else out.append
    if "start" in handlers:
        p.StartElementHandler = lambda n, a: out.append("<%s>" % n)
    if "end" in handlers:
        p.EndElementHandler = lambda n: out.append("</%s>" % n)
    if "comment" in handlers:
        p.CommentHandler = lambda d: out.append("<!--%s-->" % d)
    if "pi" in handlers:
        p.ProcessingInstructionHandler = lambda t, d: out.append("<?%s?>" % t)
    p.Parse(doc, True)
    return out


print(pieces(b"<a>1<b/>2\n3<c/>4\n\n5\r\n6\r7</a>"))
print(pieces(b"<a>1<b/>&lt;2&gt;<c/>&#32;\n&#x20;3&#x1F600;&amp;&#10;z</a>"))
print(pieces(b"<a>x&amp;y&#65;z<![CDATA[p\nq]]>r</a>"))
print(pieces(b"<a>  \n  <b>t</b>\n</a>", handlers=("start", "end")))
long_line = b"<s>" + b"a" * 10 + b"\n" + b"b" * 40 + b"\n" + b"c" * 70 + b"\nd</s>"
print(pieces(long_line, lengths=True))
# buffer_text: joined across events without handlers, delivered before handled ones
print(pieces(b"<a>1<b/>2<c/>3</a>", bt=True, handlers=()))
print(pieces(b"<a>1<b/>2<c/>3</a>", bt=True, handlers=("end",)))
print(pieces(b"<a>1<b/>&lt;2&gt;<c/>&#32;\n&#x20;3</a>", bt=True, handlers=()))
print(pieces(b"<a>xx<?pi d?>y<!--c-->z<![CDATA[w]]>v</a>", bt=True, handlers=("pi", "comment")))
print(pieces(b"<a>xx<?pi d?>y<!--c-->z<![CDATA[w]]>v</a>", bt=True, handlers=()))
# buffer_size: a piece that would overflow delivers the buffer first; one longer than it goes alone
print(pieces(b"<s>" + b"a" * 10 + b"\n" * 3 + b"b" * 5 + b"</s>", bt=True, size=12, lengths=True))
print(pieces(b"<s>" + b"a" * 10 + b"\n" + b"b" * 20 + b"\nc</s>", bt=True, size=12, lengths=True))
print(pieces("<s>" + "\xe9" * 7 + "</s>", bt=True, size=12, handlers=(), lengths=True))
# converting encodings pass text through a 1,024-byte buffer
for enc in ["utf-8", "us-ascii", "iso-8859-1", "latin-1", "cp1252"]:
    doc = ("<?xml version='1.0' encoding='%s'?><s>" % enc).encode() + b"a" * 1025 + b"</s>"
    print(enc, pieces(doc, lengths=True), pieces(doc, bt=True, size=1024, lengths=True),
          pieces(doc, bt=True, size=3000, lengths=True))
doc16 = ("<?xml version='1.0' encoding='utf-16'?><s>" + "a" * 1025 + "</s>").encode("utf-16")
print("utf-16", pieces(doc16, lengths=True))
latin = b"<?xml version='1.0' encoding='iso-8859-1'?><s>" + b"\xe9" * 600 + b"</s>"
print("e-acute", pieces(latin, lengths=True), pieces(latin, bt=True, size=100, lengths=True),
      pieces(latin, bt=True, size=2000, lengths=True))
print("str", pieces("<s>" + "a" * 1025 + "</s>", lengths=True))
print("encoding argument", pieces(b"<s>" + b"a" * 1025 + b"</s>", enc="iso-8859-1", lengths=True))
print("1025 bytes", pieces(b"<?xml version='1.0' encoding='iso8859'?><s>" + b"a" * 1025 + b"</s>",
                           bt=True, size=1024, lengths=True))

# the setters
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.buffer_size = 8192
print(p.buffer_text)
p.buffer_size = 100
print(p.buffer_text, p.buffer_size)
for v in [0, -1, 2**31, 2**63, 1.0, "9", True]:
    try:
        p.buffer_size = v
        print(v, "->", p.buffer_size)
    except Exception as e:
        print(v, type(e).__name__, e)
for name in ["buffer_size", "buffer_text", "ordered_attributes", "CharacterDataHandler", "buffer_used", "intern"]:
    try:
        delattr(p, name)
    except Exception as e:
        print("del", name, type(e).__name__, e)
try:
    p.intern = {}
except Exception as e:
    print("intern", type(e).__name__, e)

# a handler that changes the character-data handler, buffer_size or buffer_text mid-parse
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = got.append
def start(name, attrs):
    got.append(("used", p.buffer_used))
    p.CharacterDataHandler = lambda t: got.append(("new", t))
p.StartElementHandler = start
p.EndElementHandler = lambda n: got.append(("end", p.buffer_used))
p.Parse(b"<a>xx<b>yy</b>zz</a>", True)
print(got)
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = got.append
p.EndElementHandler = lambda n: (got.append(("end", p.buffer_used)), setattr(p, "buffer_text", False),
                                 setattr(p, "buffer_text", True))
p.Parse(b"<a>xx<b>yy</b>zz</a>", True)
print(got)
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.StartElementHandler = lambda n, a: setattr(p, "CharacterDataHandler", got.append) if n == "b" else None
p.Parse(b"<a>xx<b/>yy</a>", True)
print(got)
got = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = got.append
p.StartElementHandler = lambda n, a: setattr(p, "CharacterDataHandler", None) if n == "b" else None
p.Parse(b"<a>xx<b/>yy</a>", True)
print(got)
# undefined entities go to the default handler between the pieces around them
for bt in (False, True):
    out = []
    p = expat.ParserCreate()
    p.buffer_text = bt
    p.CharacterDataHandler = lambda t: out.append(("c", t))
    p.DefaultHandlerExpand = lambda t: out.append(("d", t)) if t.startswith("&") else None
    p.Parse(b'<!DOCTYPE a SYSTEM "x.dtd" []>\n<a>named &lsquo;BC&rsquo;.\nx</a>', True)
    print(out)


def run_entities(doc, bt=False):
    out = []
    p = expat.ParserCreate()
    p.buffer_text = bt
    p.CharacterDataHandler = out.append
    p.StartElementHandler = lambda n, a: out.append("<%s %s>" % (n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append("</%s>" % n)
    p.Parse(doc, True)
    print(out)

# internal entities: the text at the end of an expansion is a piece of its own
dtd = b"""<!DOCTYPE a [<!ENTITY e 'E\nF'><!ENTITY n 'N&e;M'><!ENTITY m '<i>in</i>tail'><!ENTITY k 'K&#65;&lt;'>]>"""
for body in [b"<a>x&e;y</a>", b"<a>x&n;y</a>", b"<a>x&m;y</a>", b"<a>x&k;y</a>", b"<a>&e;&e;</a>", b"<a t='&e;'>&e;\n</a>", b"<a>&n;</a>"]:
    run_entities(dtd + body)
    run_entities(dtd + body, bt=True)
