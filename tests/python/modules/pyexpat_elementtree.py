# pyexpat over the JDK's parser: what xml.etree.ElementTree, xml.dom.minidom, plistlib and
# xml.sax build on. Handlers in expat's shapes (namespaces as uri}local, attributes as dict or
# ordered list, buffered text), errors as ExpatError with expat's codes.
import plistlib
import xml.dom.minidom as minidom
import xml.etree.ElementTree as ET
import xml.sax
from xml.parsers import expat

doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<root a="1" b="x&amp;y"><!-- c --><item id="1">one</item>'
       '<item id="2">two &lt; 3 &#233;</item><ns:e xmlns:ns="urn:x" ns:k="v">t</ns:e><![CDATA[raw <x>]]>'
       '<?pi data?></root>')
root = ET.fromstring(doc)
print(root.tag, root.attrib, [(c.tag, c.attrib, c.text) for c in root])
print(ET.tostring(root, encoding="unicode"))
print([e.text for e in root.iter("item")], root.find("item[@id='2']").text)
tree = ET.ElementTree(ET.fromstring("<a><b>1</b><b>2</b></a>"))
print(sum(int(b.text) for b in tree.getroot().findall("b")))

for bad in ["<a><b></a>", "<a></a><b/>", "", "<a>&nope;</a>", "<a x='1' x='2'/>", "<a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", repr(bad), e.code, expat.ErrorString(e.code))

d = minidom.parseString("<a x='1'><b>text</b><c/></a>")
print(d.documentElement.toxml(), d.documentElement.getAttribute("x"))
print(plistlib.loads(plistlib.dumps({"a": [1, 2.5, "s"], "b": True, "c": b"\x00\x01"})))

events = []
p = expat.ParserCreate(namespace_separator="}")
p.StartElementHandler = lambda n, a: events.append(("start", n, a))
p.EndElementHandler = lambda n: events.append(("end", n))
p.CharacterDataHandler = lambda s: events.append(("data", s))
p.StartNamespaceDeclHandler = lambda prefix, uri: events.append(("ns", prefix, uri))
p.CommentHandler = lambda s: events.append(("comment", s))
p.ProcessingInstructionHandler = lambda t, s: events.append(("pi", t, s))
p.XmlDeclHandler = lambda v, e, s: events.append(("decl", v, e, s))
p.buffer_text = True
p.ordered_attributes = True
p.Parse(b"<?xml version='1.0'?><r xmlns='urn:d' xmlns:q='urn:q'><x q:k='v' k='w'>", False)
p.Parse(b"h&amp;i</x><!--c--><?t d?></r>", True)
for e in events:
    print(e)
try:
    p.Parse(b"<more/>", True)
except expat.ExpatError as e:
    print("ExpatError", e.code, expat.errors.messages[e.code])


class Handler(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        print("sax start", name, dict(attrs))


xml.sax.parseString(b"<doc><p n='1'/></doc>", Handler())
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"], expat.model.XML_CTYPE_SEQ)

# an entity the parser does not expand reaches ElementTree's entity table, or is an error
p = ET.XMLParser()
p.entity["ext"] = "EXPANDED"
p.feed('<!DOCTYPE r [<!ENTITY ext SYSTEM "x.txt">]><r>a &ext; b &amp;</r>')
print(ET.tostring(p.close()))
try:
    ET.fromstring('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&x;</r>')
except ET.ParseError as e:
    print("ParseError", e.code, str(e).split(":")[0])

# fed in pieces, each piece's events are there before the next is fed (XMLPullParser, iterparse)
pull = ET.XMLPullParser(events=("start", "end"))
for piece in ["<a><b x='1'>", "text</b><c/", "></a>"]:
    pull.feed(piece)
    print([(ev, el.tag) for ev, el in pull.read_events()])
pull.close()
import io
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<r><i/><i/></r>"))])

# an encoding the XML declaration names by a Python alias: decoded by Python's codec, whole or in pieces
latin = "<?xml version='1.0' encoding='iso8859'?><s>caf\xe9</s>".encode("iso8859")
print(ET.fromstring(latin).text)
pieces = ET.XMLParser()
pieces.feed(latin[:45])
pieces.feed(latin[45:])
print(pieces.close().text)
try:
    ET.fromstring(b"<?xml version='1.0' encoding='no-such-codec'?><s/>")
except LookupError as e:
    print("LookupError", e)

# expat has no limit on depth, attribute count, name length or entity references (the JDK's
# parser does by default); it stops entity amplification (billion laughs) with code 43
print(len(list(ET.fromstring("<a>" * 300 + "</a>" * 300).iter())))
print(len(ET.fromstring("<a " + " ".join('x%d="1"' % i for i in range(500)) + "/>").attrib))
print(len(ET.fromstring("<" + "n" * 3000 + "/>").tag))
print(len(ET.fromstring('<!DOCTYPE r [<!ENTITY e "v">]><r>' + "&e;" * 5000 + "</r>").text))
lol = ('<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10)
                                                         for i in range(9)) + "]><l>&j;</l>")
try:
    ET.fromstring(lol)
except ET.ParseError as e:
    print("ParseError", e.code)

# pieces that cut the XML declaration: it is read whole before its encoding decides anything
latin_doc = '<?xml version="1.0" encoding="latin-1"?><r>\xe9</r>'.encode("latin-1")
for cut in (1, 3, 10, 20, 39, 41):
    x = expat.ParserCreate()
    got = []
    x.XmlDeclHandler = lambda v, e, s: got.append(("decl", v, e, s))
    x.CharacterDataHandler = got.append
    x.Parse(latin_doc[:cut], False)
    x.Parse(latin_doc[cut:], True)
    print(cut, got)
