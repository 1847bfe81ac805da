# An error handler's exception raised inside a built-in codec is wrapped as any codec error is,
# except where CPython encodes or decodes without the registry (utf-8, ascii, latin-1, ...).
import codecs
def h(exc): raise RuntimeError("boom")
codecs.register_error("boom", h)
for enc in ("cp1252", "utf-16-le", "ascii", "utf-8", "latin-1", "koi8-r", "utf-32", "unicode_escape"):
    for f in (lambda: "\u0100\U0001F600".encode(enc, "boom"), lambda: b"\x81\xff\xfe\xfd".decode(enc, "boom")):
        try: print(enc, ascii(f()))
        except Exception as e: print(enc, type(e).__name__, e, type(e.__cause__).__name__)
