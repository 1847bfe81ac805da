# bytes/bytearray upper, lower, swapcase, capitalize, title over every byte value: only ASCII
# letters change; the result is a new object of the base type; arguments are refused.
everything = bytes(range(256))
for m in ('upper', 'lower', 'swapcase', 'capitalize', 'title'):
    r = getattr(everything, m)()
    print(m, r[60:130], r[128:] == everything[128:], type(r).__name__)
    for b in (b'', b'a', b'Z', b'hello World 42', b'\xe9a\xc9B', b'aB1cD-eF gH'):
        print(' ', b, getattr(b, m)(), getattr(bytearray(b), m)())
    ba = bytearray(b'abc')
    out = getattr(ba, m)()
    print(' ', out is not ba, type(out).__name__)
    try:
        getattr(b'x', m)(1)
    except TypeError as e:
        print(' ', e)
    try:
        getattr(bytearray(b'x'), m)(x=1)
    except TypeError as e:
        print(' ', e)

class B(bytes):
    pass
print(type(B(b'ab').upper()).__name__, B(b'ab').upper(), bytes.upper(B(b'q')))
try:
    bytes.upper('x')
except TypeError as e:
    print(e)
