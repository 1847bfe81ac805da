# A decode error handler that replaces the error's object (UnicodeDecodeError.object): the decoder
# goes on over the new bytes at the position the handler returns (CPython's
# unicode_decode_call_errorhandler_writer), for UTF-8, UTF-16, UTF-32, ASCII and charmap codecs;
# an object that is not bytes is a TypeError, a position past the new end an IndexError.
import codecs
def replace_with_long(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b"\x00" * 8
        return ('\ufffd', exc.start)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.replace_with_long", replace_with_long)
for enc, data in [('utf-16', b'\x00'), ('utf-32', b'\x00'), ('utf-16-be', b'\x00'), ('utf-8', b'\xff'), ('ascii', b'\xff'), ('cp1252', b'\x81'), ('utf-8', b'ab\xe9')]:
    print(enc, ascii(data.decode(enc, 'test.replace_with_long')))
def shorter(exc):
    exc.object = b'xy'
    return ('?', 1)
codecs.register_error("test.shorter", shorter)
for enc, data in [('utf-8', b'abc\xff\xff'), ('ascii', b'abcd\xff')]:
    print(enc, ascii(data.decode(enc, 'test.shorter')))
def badobj(exc):
    exc.object = 'text'
    return ('?', 1)
codecs.register_error("test.badobj", badobj)
try:
    b'\xff'.decode('utf-8', 'test.badobj')
except TypeError as e:
    print('TypeError', e)
def outofrange(exc):
    exc.object = b'ab'
    return ('?', 5)
codecs.register_error("test.oor", outofrange)
try:
    b'abcdef\xff'.decode('utf-8', 'test.oor')
except IndexError as e:
    print('IndexError', e)


# test_codeccallbacks' endless-loop case: the handler empties the object, so decoding stops
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)


def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)


codecs.register_error("test.mutating", mutating)
codecs.register_error("test.replacing", replacing)
for enc, data in [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8", b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
                  ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g"), ("cp1252", b"\x81")]:
    print(enc, ascii(data.decode(enc, "test.mutating")))
    try:
        data.decode(enc, "test.replacing")
    except TypeError as e:
        print('TypeError', e)
