# The standard codec error handlers (codecs.lookup_error(...)) and str() of unicode errors whose
# object, start, end, reason or encoding were assigned values of the wrong type or out of range:
# CPython's checked getters raise TypeError ("object attribute must be bytes"), clamp start and
# end into the object, and the handlers' allocators refuse negative sizes with SystemError.
# (str() of an error whose object has the wrong type reads memory unchecked in CPython 3.11, so
# it is left out here, as are empty objects, where 3.11's handlers read before the data.)
import codecs

HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']

MAKERS = {
    'dec': lambda: UnicodeDecodeError('utf-8', b'ab\xff', 0, 1, 'bad'),
    'enc': lambda: UnicodeEncodeError('ascii', 'a\xe9\udc80', 1, 2, 'bad'),
    'tr': lambda: UnicodeTranslateError('a\xe9b', 1, 2, 'bad'),
}

CHANGES = [('object', 'not bytes'), ('object', b'not str'), ('object', 5), ('object', None),
           ('object', bytearray(b'ab')), ('start', 'x'), ('end', None), ('reason', 5), ('reason', None),
           ('encoding', 5), ('encoding', None), ('start', 10), ('end', 10), ('start', -5), ('end', -1),
           ('start', 2), ('end', 0), ('start', 3), ('end', 3)]


def run_handlers(e, skip_str):
    for h in HANDLERS:
        try:
            r = codecs.lookup_error(h)(e)
            print('  ', h, repr(r))
        except Exception as x:
            print('  ', h, type(x).__name__, x is e, '' if x is e and skip_str else x)


for kind, make in MAKERS.items():
    for attr, val in CHANGES:
        e = make()
        try:
            setattr(e, attr, val)
        except Exception as x:
            print(kind, attr, repr(val), 'cannot set:', type(x).__name__, x)
            continue
        print(kind, attr, repr(val))
        wrong_object = attr == 'object' and type(val) is not (bytes if kind == 'dec' else str)
        if not wrong_object:
            try:
                print('  str:', str(e))
            except Exception as x:
                print('  str:', type(x).__name__, x)
        run_handlers(e, wrong_object)
        print('  fields:', e.start, e.end, repr(e.object), repr(e.reason), repr(getattr(e, 'encoding', '-')))

# Not exceptions, or not unicode errors; unset fields.
for x in (5, ValueError('v'), UnicodeError('u'), UnicodeEncodeError.__new__(UnicodeEncodeError)):
    for h in HANDLERS:
        try:
            print(h, repr(codecs.lookup_error(h)(x)))
        except BaseException as y:
            print(h, type(y).__name__, y)

# surrogatepass knows the UTF encodings by CPython's get_standard_encoding rules.
for enc in ('utf-8', 'UTF8', 'utf_8', 'CP_UTF8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'UTF_16LE', 'utf16be',
            'utf-32', 'utf-32-BE', 'utf_32_le', 'utf-32x', 'latin-1', 'cp_utf8'):
    e = UnicodeEncodeError(enc, 'a\ud800\udfff', 1, 3, 'r')
    try:
        print(enc, repr(codecs.lookup_error('surrogatepass')(e)))
    except UnicodeEncodeError as x:
        print(enc, 'raised the error itself', x is e)
    data = 'x\ud801'.encode('utf-16-le' if '16' in enc else 'utf-32-le' if '32' in enc else 'utf-8', 'surrogatepass')
    e = UnicodeDecodeError(enc, data, 1, 2, 'r')
    try:
        print(enc, repr(codecs.lookup_error('surrogatepass')(e)))
    except UnicodeDecodeError as x:
        print(enc, 'decode raised the error itself', x is e)

# surrogateescape takes at most four bytes, never an ASCII one.
for data, start, end in ((b'\x80\x81\x82\x83\x84\x85', 0, 6), (b'a\xffb', 1, 3), (b'ab', 0, 2), (b'\xff\xfe', 0, 1)):
    e = UnicodeDecodeError('ascii', data, start, end, 'r')
    try:
        print(repr(codecs.lookup_error('surrogateescape')(e)))
    except UnicodeDecodeError as x:
        print('raised the error itself', x is e)

print(codecs.lookup_error('surrogatepass').__name__, codecs.lookup_error('strict').__name__,
      codecs.lookup_error('strict').__module__, codecs.strict_errors is codecs.lookup_error('strict'))
import _codecs
print([n for n in dir(_codecs) if n.endswith('_errors')])
print('abc\xe9\udc80'.encode('ascii', 'backslashreplace'), b'a\xffb'.decode('ascii', 'surrogateescape') == 'a\udcffb')
