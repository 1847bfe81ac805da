# The external DTD subset reaches ExternalEntityRefHandler(None, base, system_id, public_id) as
# expat hands it over: with SetParamEntityParsing on, at the DOCTYPE's end, or before the document
# element for UseForeignDTD; a false result is error 21; the settings are refused once parsing began.
from xml.parsers import expat
def run(doc, foreign=None, pep=None, ret=1, handlers=()):
    calls = []
    p = expat.ParserCreate()
    if foreign is not None:
        print("UseForeignDTD ->", p.UseForeignDTD(foreign) if foreign != "default" else p.UseForeignDTD())
    if pep is not None:
        print("SetParamEntityParsing ->", p.SetParamEntityParsing(pep))
    p.ExternalEntityRefHandler = lambda c, b, s, pub: (calls.append((c, b, s, pub)), ret)[1]
    if "doctype" in handlers:
        p.StartDoctypeDeclHandler = lambda *a: calls.append(("startdoctype",) + a)
        p.EndDoctypeDeclHandler = lambda: calls.append("enddoctype")
        p.StartElementHandler = lambda n, a: calls.append(("start", n))
    p.SetBase("base/")
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        calls.append(("error", str(e), e.code))
    print(calls)
    return p
run(b"<?xml version='1.0'?><element/>", foreign=True, pep=expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
run(b"<?xml version='1.0'?><element/>", foreign="default", pep=expat.XML_PARAM_ENTITY_PARSING_ALWAYS, handlers=("doctype",))
run(b"<?xml version='1.0'?><element/>", foreign=True)
run(b"<?xml version='1.0'?><element/>", foreign=False, pep=2)
run(b"<?xml version='1.0'?><!DOCTYPE foo PUBLIC 'bar' 'baz'><element/>", foreign=True, pep=2, handlers=("doctype",))
run(b"<?xml version='1.0'?><!DOCTYPE foo SYSTEM 'baz'><element/>", pep=2, handlers=("doctype",))
run(b"<?xml version='1.0'?><!DOCTYPE foo SYSTEM 'baz' [<!ENTITY e 'x'>]><element/>", pep=1, handlers=("doctype",))
run(b"<?xml version='1.0' standalone='yes'?><!DOCTYPE foo SYSTEM 'baz'><element/>", pep=1, handlers=("doctype",))
run(b"<?xml version='1.0'?><!DOCTYPE foo SYSTEM 'baz'><element/>", pep=0, handlers=("doctype",))
run(b"<?xml version='1.0'?><!DOCTYPE foo SYSTEM 'baz'><element/>", pep=2, ret=0, handlers=("doctype",))
run(b"<?xml version='1.0'?><element/>", foreign=True, pep=2, ret=0)
run(b"<!DOCTYPE foo [<!ENTITY e 'x'>]><element/>", foreign=True, pep=2, handlers=("doctype",))
p = expat.ParserCreate()
print(p.SetParamEntityParsing(5), p.SetParamEntityParsing(-1))
p.Parse(b"<a>", False)
print(p.SetParamEntityParsing(1))
try:
    p.UseForeignDTD(True)
except Exception as e:
    print(type(e).__name__, str(e).split(":")[0], getattr(e, "code", None))
try:
    expat.ParserCreate().UseForeignDTD(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(expat.ParserCreate().UseForeignDTD(0))

# settings after a finished parse, a handler result read as a C long, NotStandaloneHandler when the subset goes to the handler, buffer_text not delivered at an error
for bt in (False, True):
    out = []
    p = expat.ParserCreate(); p.buffer_text = bt
    p.CharacterDataHandler = out.append
    try:
        p.Parse(b'<r>ab<a>cd</r>', True)
    except expat.ExpatError as e:
        out.append(str(e))
    print(out)
p = expat.ParserCreate(); p.Parse(b'<r/>', True)
print(p.SetParamEntityParsing(0), p.UseForeignDTD(True))
p = expat.ParserCreate(); p.SetParamEntityParsing(2)
p.ExternalEntityRefHandler = lambda *a: None
try:
    p.Parse(b'<!DOCTYPE r SYSTEM "s.dtd"><r/>', True)
except Exception as e:
    print(type(e).__name__, e)
p = expat.ParserCreate(); p.SetParamEntityParsing(1)
p.NotStandaloneHandler = lambda: print("notstandalone") or 1
p.ExternalEntityRefHandler = lambda *a: 1
p.Parse(b'<!DOCTYPE r SYSTEM "s.dtd"><r/>', True)
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: print("notstandalone 0") or 1
p.Parse(b'<!DOCTYPE r SYSTEM "s.dtd"><r/>', True)
