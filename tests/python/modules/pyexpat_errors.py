# pyexpat's error codes and positions for entity and DTD errors (recursive and asynchronous
# entities, binary and external entities in the wrong place, bad public ids, DTD syntax errors,
# undefined entities at the reference's start), text outside the document element and
# unclosed tags; ErrorByteIndex; a redeclared predefined entity (no EntityDeclHandler call).
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat

CASES = [
    b'<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>',
    b'<!DOCTYPE r [<!ENTITY a "&a;">]><r>\n  x &a;</r>',
    b'<!DOCTYPE r [<!ENTITY a "<b>">]><r>&a;</b></r>',
    b'<!DOCTYPE r [<!ENTITY a "x</r>">]><r>&a;',
    b'<!DOCTYPE r [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u" NDATA n>]><r>&u;</r>',
    b'<!DOCTYPE r PUBLIC "a{b" "s"><r/>',
    b'<!DOCTYPE r [<!ENTITY % p PUBLIC "a\\b" "s">]><r/>',
    b'<!DOCTYPE r [<!ELEMENT r (a,|b)>]><r/>',
    b'<!DOCTYPE r [ junk ]><r/>',
    b'<r>&u;</r>',
    b'<r>\n ab&u;</r>',
    '<r>\u00e9\u00e9&u;</r>'.encode(),
    b'<r a="&u;"/>',
    b'<!DOCTYPE r [<!ENTITY x SYSTEM "x">]><r a="&x;"/>',
    b'<!DOCTYPE r [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u" NDATA n>]><r a="&u;"/>',
    b'foo', b'foobar<', b'<a/>junk', b'<a/><b/>', b'  x', b'<a>', b'<a', b'<', b'<a b="c"',
    b'<?xml version="1.0"?>\n<a',
    b"<?xml version\xc2\x85='1.0'?>\r\n", b'<?xml versio="1.0"?><r/>', b'<?xml version="1.0"?><r>&</r>',
    b'<r><!DOCTYPE r></r>', b'<r>\n<!DOCTYPE r [<!ENTITY e "v">]></r>', b'<a><b/>&',
]
for doc in CASES:
    for pieces in (False, True):
        p = expat.ParserCreate()
        p.DefaultHandlerExpand = lambda s: None  # keeps the text of a fed document, as ElementTree's does
        try:
            if pieces:
                p.Parse(doc, False)
                p.Parse(b'', True)
            else:
                p.Parse(doc, True)
            print('ok')
        except expat.ExpatError as e:
            print(e.code, str(e), e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber,
                  p.ErrorByteIndex if not pieces else '')

for text in ('foo', '<tag>&foo;</tag>', 'foobar<', '<a/><b/>'):
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)

p = expat.ParserCreate()
p.EntityDeclHandler = lambda *a: print('EntityDecl', a)
p.CharacterDataHandler = lambda s: print('data', s)
p.Parse(b'<!DOCTYPE r [<!ENTITY lt "&#38;#60;"><!ENTITY amp "&#38;#38;"><!ENTITY e "v">]><r>&lt;&amp;&e;</r>', True)
