# pyexpat's DTD declaration handlers (element content models, attribute lists, entities,
# notations), comments in the internal subset, specified_attributes, SetBase/GetBase, and
# minidom's DocumentType built from them (internalSubset, entities, notations).
import io
import xml.dom.minidom
import xml.parsers.expat as expat

doc = xml.dom.minidom.parseString('<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY e "val">\n'
                                  '<!ELEMENT r (#PCDATA)>\n<!ATTLIST r a CDATA "d">\n'
                                  '<!-- a ] in a comment -->\n<!NOTATION n SYSTEM "x]">\n]>\n<r>&e;</r>')
dt = doc.doctype
print(repr(dt.internalSubset), dt.name, [e.nodeName for e in dt.entities._seq], [n.nodeName for n in dt.notations._seq])
print(doc.documentElement.toxml(), repr(doc.documentElement.getAttribute('a')))
print(xml.dom.minidom.parseString('<!DOCTYPE r SYSTEM "r.dtd"><r/>').doctype.internalSubset)

p = expat.ParserCreate()
print(p.GetBase())
p.SetBase('http://example.com/')
print(p.GetBase())
for bad in ((5,), ()):
    try:
        p.SetBase(*bad)
    except TypeError as e:
        print('TypeError', e)
ev = []
for name in ('StartDoctypeDecl', 'EndDoctypeDecl', 'EntityDecl', 'ElementDecl', 'AttlistDecl', 'NotationDecl',
             'UnparsedEntityDecl', 'Comment', 'StartElement'):
    setattr(p, name + 'Handler', (lambda n: lambda *a: ev.append((n, a)))(name))
p.Parse('<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "r.dtd" [\n<!ENTITY e "val">\n<!ENTITY x SYSTEM "x.xml">\n'
        '<!ENTITY u SYSTEM "u.bin" NDATA n>\n<!ENTITY % pe "pv">\n<!ELEMENT r (a|b)*>\n<!ELEMENT a EMPTY>\n'
        '<!ELEMENT b ANY>\n<!ATTLIST r x CDATA #IMPLIED y (p|q) "p" z ID #REQUIRED w CDATA #FIXED "f">\n'
        '<!NOTATION n PUBLIC "pub" "sys">\n<!-- c -->\n]>\n<r z="1"/>', True)
for e in ev:
    print(e)

models = ['EMPTY', 'ANY', '(#PCDATA)', '(#PCDATA)*', '(#PCDATA|a|b)*', '(a|b)*', '(a,b)', '(a)', '(a)+',
          '(a?,(b|c)*,d+)', '((a,b)|c)+', '( a | b )']
for m in models:
    p = expat.ParserCreate()
    out = []
    p.ElementDeclHandler = lambda n, mo: out.append(mo)
    p.AttlistDeclHandler = lambda *a: out.append(a)
    p.Parse('<!DOCTYPE r [<!ELEMENT r %s><!ATTLIST r n NOTATION (x|y) #IMPLIED e ENTITY #IMPLIED '
            't NMTOKENS "a b" i IDREF #REQUIRED k ( p | q ) #FIXED "p">]><r/>' % m, True)
    print(m, out)

# defaulted attributes are reported unless specified_attributes is set
for specified in (False, True):
    for ordered in (False, True):
        p = expat.ParserCreate()
        p.specified_attributes = specified
        p.ordered_attributes = ordered
        got = []
        p.StartElementHandler = lambda n, a: got.append((n, a))
        p.Parse('<!DOCTYPE r [<!ATTLIST r d CDATA "dv" s CDATA #IMPLIED>]><r s="sv"/>', True)
        print(specified, ordered, got)

# the unparsed-entity handler takes precedence over the entity one
p = expat.ParserCreate()
ev = []
p.EntityDeclHandler = lambda *a: ev.append(('entity', a))
p.Parse('<!DOCTYPE r [<!ENTITY u SYSTEM "u.bin" NDATA n><!NOTATION n SYSTEM "n">]><r/>', True)
print(ev)

# ParseFile wants bytes from read()
p = expat.ParserCreate()
try:
    p.ParseFile(io.StringIO('<r/>'))
except TypeError as e:
    print('TypeError', e)
p = expat.ParserCreate()
print(p.ParseFile(io.BytesIO(b'<r/>')))

# not standalone, external entity references, and a parser for an external entity
DOC = (b'<?xml version="1.0" standalone="no"?>\n<!DOCTYPE r SYSTEM "r.dtd" [\n<!ENTITY ext SYSTEM "ext.xml">\n'
       b'%undeclared;\n]>\n<r>&ext;&nope;</r>')
for answer in (1, 0):
    p = expat.ParserCreate()
    out = []
    p.NotStandaloneHandler = lambda: out.append('not standalone') or answer
    p.SkippedEntityHandler = lambda *a: out.append(('skipped', a))
    def ext_ref(context, base, system_id, public_id, p=p):
        out.append(('external', base, system_id, public_id))
        q = p.ExternalEntityParserCreate(context)
        q.Parse(b'<?xml version="1.0" encoding="utf-8"?>text <inner a="1">x</inner> tail', True)
        return 1
    p.ExternalEntityRefHandler = ext_ref
    p.StartElementHandler = lambda n, a: out.append(('start', n, a))
    p.EndElementHandler = lambda n: out.append(('end', n))
    p.CharacterDataHandler = lambda d: out.append(('text', d))
    try:
        p.Parse(DOC, True)
    except expat.ExpatError as e:
        out.append(('error', str(e).split(':')[0], e.code, p.ErrorCode))  # expat's columns are not the JDK's
    print(out)
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(DOC, True)
except expat.ExpatError as e:
    print('error', str(e).split(':')[0], e.code)
# standalone="yes" asks nothing
p = expat.ParserCreate()
calls = []
p.NotStandaloneHandler = lambda: calls.append(1) or 1
p.Parse(b'<?xml version="1.0" standalone="yes"?><!DOCTYPE r SYSTEM "r.dtd"><r/>', True)
print(calls)
for bad in ((5,), ('', 5), ()):
    try:
        expat.ParserCreate().ExternalEntityParserCreate(*bad)
    except TypeError as e:
        print('TypeError', e)
