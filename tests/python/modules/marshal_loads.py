# marshal.loads / load: every type code, back-references, and CPython's errors for bad data.
import io
import marshal

GOOD = [
    b'N', b'T', b'F', b'S', b'.', b'i\x01\x00\x00\x00', b'i\xff\xff\xff\xff', b'\xe9\x05\x00\x00\x00',
    b'I\xfe\xdc\xba\x98\x76\x54\x32\x10', b'I\x01\x23\x45\x67\x89\xab\xcd\xef',
    b'l\x00\x00\x00\x00', b'l\x02\x00\x00\x00\x01\x00\x01\x00', b'l\xfd\xff\xff\xff\xff\x7f\xff\x7f\x01\x00',
    b'f\x031.5', b'f\x03inf', b'f\x04-nan', b'g\x00\x00\x00\x00\x00\x00\xf8\x3f', b'x\x011\x02-2',
    b'y' + bytes(8) + b'\x00\x00\x00\x00\x00\x00\xf0\x3f', b's\x03\x00\x00\x00abc', b'u\x02\x00\x00\x00\xc3\xa9',
    b'u\x03\x00\x00\x00\xed\xa0\x80', b't\x01\x00\x00\x00x', b'a\x02\x00\x00\x00hi', b'A\x00\x00\x00\x00',
    b'z\x03\xe9t\xe9', b'Z\x01q', b')\x00', b')\x02NT', b'(\x02\x00\x00\x00i\x01\x00\x00\x00N',
    b'[\x00\x00\x00\x00', b'[\x02\x00\x00\x00NN', b'{0', b'{NT0', b'{Z\x01ai\x01\x00\x00\x00Z\x01bN0',
    b'<\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00', b'>\x00\x00\x00\x00', b'>\x01\x00\x00\x00N',
    b'[\x02\x00\x00\x00\xda\x03abcr\x00\x00\x00\x00', b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xa9\x02\xe9\x07\x00\x00\x00r\x01\x00\x00\x00', b'\xfb\xda\x01kr\x00\x00\x00\x000',
    b'N trailing data is ignored',
]
for data in GOOD:
    v = marshal.loads(data)
    f = io.BytesIO(data)
    w = marshal.load(f)
    if isinstance(v, (set, frozenset)):
        v = sorted(v)
    print(data, repr(v)[:60], type(w).__name__, f.tell())
v = marshal.loads(b'[\x02\x00\x00\x00\xda\x03abcr\x00\x00\x00\x00')
print(v[0] is v[1])
v = marshal.loads(b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00')
print(v[0] is v)

BAD = [b'', b'i\x01', b'?', b'r\x00\x00\x00\x00', b'l\x02\x00\x00\x00\x00\x00\x00\x00',
       b'l\x01\x00\x00\x00\x00\x80', b'(\x01\x00\x00\x00', b'{N', b'u\x01\x00\x00\x00\xff', b'f\x03abc',
       b's\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
       b'u\xff\xff\xff\xff', b'0', b')\x010', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'g\x00\x00',
       b'z', b'z\x05ab', b'f', b'f\x05', b'x\x011', b'\x80', b'\x81', b'(\x01\x00\x00\x00r\x00\x00\x00\x00']
for data in BAD:
    for how in ('loads', 'load'):
        try:
            marshal.loads(data) if how == 'loads' else marshal.load(io.BytesIO(data))
            print(data, how, 'no error')
        except Exception as e:
            print(data, how, type(e).__name__, e)

for n in (100, 3000):
    for data in [b')\x01' * n + b'N', b'[\x01\x00\x00\x00' * n + b'N', b'{N' * n + b'N' + b'0' * n]:
        try:
            v = marshal.loads(data)
            print(n, 'ok', type(v).__name__)
        except ValueError as e:
            print(n, 'ValueError', e)

# dump/load through files, interleaved with other data
f = io.BytesIO()
for v in (1, 'abc', b'def', 1.0, (2, 'a', ['b', b'c'])):
    marshal.dump(v, f)
    f.write(b'0123')
f.seek(0)
for i in range(5):
    print(marshal.load(f), f.read(4), f.tell())
try:
    marshal.load(io.BytesIO(b''))
except EOFError as e:
    print('EOFError', e)

class BadReader(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        if n is not None and n > 4:
            n += 10**6
        return n

for value in (1.0, 1j, b'0123456789', '0123456789'):
    try:
        marshal.load(BadReader(marshal.dumps(value)))
    except ValueError as e:
        print('ValueError', e)
for bad in [io.StringIO('x'), 5]:
    try:
        marshal.load(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for args in [('T',), (), (b'N', 1)]:
    try:
        marshal.loads(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    marshal.dump(1)
except TypeError as e:
    print('TypeError', e)
data = marshal.dumps(("hello", "dolly", None))
print(all(isinstance(e, EOFError) for e in [(lambda i: (lambda: marshal.loads(data[:i])))(i) for i in range(len(data))]
          for e in [None] if False) or 'eof-check')
errors = set()
for i in range(len(data)):
    try:
        marshal.loads(data[:i])
    except EOFError as e:
        errors.add(str(e))
print(sorted(errors))

# interned strings: written in the interned form from version 3, read back as the same object
import sys
s = sys.intern(' '.join(['an', 'interned', 'string']))
print(marshal.dumps(s).hex(), marshal.dumps(s, 3).hex(), marshal.dumps(s, 2).hex())
print(marshal.loads(marshal.dumps(s)) is s, marshal.loads(marshal.dumps(s, 3)) is s, marshal.loads(marshal.dumps(s, 2)) is s)
t = marshal.loads(marshal.dumps(s, 2))
print(t == s, sys.intern(t) is s)
for bad in [1, type('S', (str,), {})('x')]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
