# The UTF-8/16/32 encoders accept only ASCII replacement text from an error handler and raise
# the original UnicodeEncodeError otherwise; other codecs take any text they can encode.
import codecs

codecs.register_error("test.nonascii", lambda e: ("\xe9\u20ac", e.end))
codecs.register_error("test.snake", lambda e: ("\U0001f40d", e.end))
codecs.register_error("test.ascii", lambda e: ("ok", e.end))
codecs.register_error("test.bytes", lambda e: (b"\xe9\x80\x80\x80", e.end))
for h in ("test.nonascii", "test.snake", "test.ascii", "test.bytes", "xmlcharrefreplace", "namereplace",
          "replace", "backslashreplace"):
    for enc in ("utf-8", "utf-16", "utf-32", "utf-16-le", "utf-32-be", "utf-8-sig", "ascii", "latin-1",
                "cp1252"):
        try:
            print(h, enc, "[\udc80\U0001F40D]".encode(enc, h))
        except UnicodeEncodeError as e:
            print(h, enc, "UnicodeEncodeError:", e, e.start, e.end, ascii(e.object))
