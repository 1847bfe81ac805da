# pyexpat's DefaultHandler and DefaultHandlerExpand: every piece of the document's text that no
# other handler took, as written (XML declaration, whitespace outside the root, the DTD word by
# word, tags, comments, processing instructions, CDATA markers, character data, references),
# and DefaultHandler's turning off the expansion of internal entities. Also ElementTree's
# doctype and undefined-entity handling, which go through DefaultHandlerExpand.
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat

DOC = b'''<?xml version="1.0"?>
<!DOCTYPE r [
<!ENTITY e "ent&amp;val">
<!ENTITY m "v<b>x</b>y">
<!ENTITY x SYSTEM "x.xml">
<!ELEMENT r ANY>
<!ATTLIST r a CDATA #IMPLIED>
<!NOTATION n SYSTEM "n">
<!-- c in subset -->
]>
<!-- c0 -->
<r a="1" b='&amp;'>text &e; &amp; &#65; more<![CDATA[cd<>]]><?pi data?><!--c--><s/>&m;
tail&x;</r>
<?end?>
'''

ALL = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'CommentHandler',
       'ProcessingInstructionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler',
       'EntityDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'NotationDeclHandler',
       'StartCdataSectionHandler', 'EndCdataSectionHandler', 'SkippedEntityHandler']


def run(names, default='DefaultHandler', doc=DOC, pieces=None):
    out = []
    p = expat.ParserCreate()
    for n in names:
        setattr(p, n, lambda *a, n=n: out.append((n[:-7],) + a))
    if default:
        setattr(p, default, lambda s: out.append(('D', s)))
    try:
        if pieces:
            for i in range(0, len(doc), pieces):
                p.Parse(doc[i:i + pieces], False)
            p.Parse(b'', True)
        else:
            p.Parse(doc, True)
    except expat.ExpatError as e:
        out.append(('error', str(e), e.code))
    # character data may come in other pieces than expat's: join neighbouring runs
    joined = []
    for ev in out:
        if joined and ev[0] == joined[-1][0] == 'CharacterData':
            joined[-1] = ('CharacterData', joined[-1][1] + ev[1])
        else:
            joined.append(ev)
    for ev in joined:
        print(*ev)
    print('---')


run([])
run([], 'DefaultHandlerExpand')
run(['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'])
run(['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'], 'DefaultHandlerExpand')
run(['CommentHandler', 'ProcessingInstructionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
     'EndDoctypeDeclHandler'])
run(['EntityDeclHandler', 'StartCdataSectionHandler', 'StartElementHandler', 'SkippedEntityHandler'])
run(ALL)
run(ALL, 'DefaultHandlerExpand')
run(['StartDoctypeDeclHandler'], doc=b'<!DOCTYPE r [<!ENTITY e "v">]><r/>')
run(['EndDoctypeDeclHandler'], doc=b'<!DOCTYPE r [<!ENTITY e "v">]><r/>')
run(['StartDoctypeDeclHandler'], doc=b'<!DOCTYPE r PUBLIC "p" "s"><r/>')
run(['StartElementHandler'], doc=b'<r><s/></r>')
run([], doc=b'<r>a\r\nb\rc\n\nd &#x10000; \xc3\xa9t\xc3\xa9</r>\n')
run(['CharacterDataHandler'], doc=b'<r>&u;</r>')
run(['CharacterDataHandler'], 'DefaultHandlerExpand', doc=b'<r>\n&u;</r>')
run(['ElementDeclHandler'], doc=b'<!DOCTYPE r [ <!ELEMENT r (a|b)*> <!ELEMENT a (#PCDATA|b)*> <?p x?> ]><r/>')
run([], doc=b'<r>abc<![CDATA[x\ny]]></r>', pieces=7)
run(['CharacterDataHandler'], doc=b'<?xml version="1.0" encoding="iso-8859-1"?><r>\xe9</r>')

# assigning DefaultHandler, even None, turns expansion off; DefaultHandlerExpand turns it back on
for first, second in ((None, None), ('DefaultHandler', None), ('DefaultHandler', 'DefaultHandlerExpand')):
    out = []
    p = expat.ParserCreate()
    p.CharacterDataHandler = lambda s: out.append(s)
    if first:
        setattr(p, first, None)
    if second:
        setattr(p, second, None)
    p.Parse(b'<!DOCTYPE r [<!ENTITY e "val">]><r>a&e;b</r>', True)
    print(first, second, ''.join(out))

# minidom reads the internal subset through DefaultHandler set in its StartDoctypeDeclHandler
import xml.dom.minidom
print(repr(xml.dom.minidom.parseString(DOC).doctype.internalSubset))

# ElementTree: the doctype through DefaultHandlerExpand, an undefined entity's error position
class Target(ET.TreeBuilder):
    def doctype(self, name, pubid, system):
        print('doctype', name, pubid, system)

parser = ET.XMLParser(target=Target())
parser.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html/>')
print(parser.close().tag)
for text in ('<r>&u;</r>', '<r>\n  x&u;</r>', '<!DOCTYPE r SYSTEM "r.dtd"><r>ab&u;</r>'):
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)

# buffer_text: buffered character data is delivered before the default handler's call
out = []
p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = lambda s: out.append(('C', s))
p.DefaultHandler = lambda s: out.append(('D', s))
p.Parse(b'<r>a\nb<!--c-->c&amp;d</r>', True)
print(out)

# a UTF-16 document, and a default handler set by another handler part way through
out = []
p = expat.ParserCreate()
p.DefaultHandler = lambda s: out.append(s)
p.Parse('<?xml version="1.0" encoding="utf-16"?><r>\u20ac</r>'.encode('utf-16'), True)
print(out)
out = []
p = expat.ParserCreate()
def start(name, attrs):
    if name == 's':
        p.DefaultHandler = lambda s: out.append(s)
p.StartElementHandler = start
p.Parse(b'<r>before<s>after<!--c--></s>\n</r>', True)
print(out)
