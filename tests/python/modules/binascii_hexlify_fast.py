# binascii.hexlify / b2a_hex and bytes.hex without a separator (digits only), and with one.
import binascii
for b in (b'', b'\x00', b'hello world', bytes(range(0, 256, 15)), b'\xff\xfe'):
    print(binascii.hexlify(b), binascii.b2a_hex(bytearray(b)), binascii.hexlify(memoryview(b)),
          b.hex(), bytearray(b).hex(), memoryview(b).hex())
    for args in ((':',), (b'-', 2), (' ', -1), ('.', 0), ('_', 3)):
        print(' ', args, binascii.hexlify(b, *args), b.hex(*args))
print(type(binascii.hexlify(b'ab')).__name__, type(b'ab'.hex()).__name__)
for bad in (('x',), (5,), (None,), (b'a', '::'), (b'a', '\xe9'), (b'ab', ':', 2**40)):
    try:
        binascii.hexlify(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify()
except TypeError as e:
    print(e)
print(binascii.hexlify(data=b'\x01', sep=':'))
print(binascii.hexlify(b'ab', b'\xe9'), binascii.b2a_hex(b'ab', '\xff'), binascii.hexlify(b'a', '\xe9'))
for sep in ('\u20ac', b'\xe9'):
    for f in (binascii.hexlify, bytes.hex):
        try:
            print(f(b'ab', sep))
        except ValueError as e:
            print('ValueError', e)
for f in (binascii.hexlify, binascii.b2a_hex):
    for a, k in (((), {}), ((b'a',), {'x': 1}), ((b'a', ':', 1, 2), {}), ((b'a',), {'data': b'b'}),
                 ((b'abc',), {'sep': ':', 'bytes_per_sep': 'x'})):
        try:
            f(*a, **k)
        except TypeError as e:
            print('TypeError', e)
