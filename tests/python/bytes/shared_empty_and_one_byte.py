# Which bytes results are CPython's shared objects: every empty exact bytes is one object, and a
# one-byte result copied out of another object (a slice, a split piece, a literal, an encoded str,
# a % format, fromhex, struct) is the shared object for that byte; a result filled in afterwards
# (lower, replace, translate, bytes(n), a buffer's copy) is a new object.
import io, struct, codecs
E = b''
A = b'a'
class B(bytes): pass
def chk(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e); return
    print(label, type(r).__name__, r is E, r is A, r == E or r == A)

tests = {
 'bytes()': lambda: bytes(),
 'bytes(0)': lambda: bytes(0),
 'bytes([])': lambda: bytes([]),
 'bytes(b"")': lambda: bytes(b''),
 'bytes(bytearray())': lambda: bytes(bytearray()),
 'bytes("", "ascii")': lambda: bytes('', 'ascii'),
 'bytes([97])': lambda: bytes([97]),
 'bytes(bytearray(b"a"))': lambda: bytes(bytearray(b'a')),
 'bytes(memoryview(b"a"))': lambda: bytes(memoryview(b'a')),
 'bytes(B(b"a"))': lambda: bytes(B(b'a')),
 'bytes(B())': lambda: bytes(B()),
 'bytes(iter([97]))': lambda: bytes(iter([97])),
 '"".encode()': lambda: ''.encode(),
 '"a".encode()': lambda: 'a'.encode(),
 '"a".encode("latin-1")': lambda: 'a'.encode('latin-1'),
 '"a".encode("ascii")': lambda: 'a'.encode('ascii'),
 '"a".encode("utf-16")[:0]': lambda: 'a'.encode('utf-16')[:0],
 'b"ab"[:1]': lambda: b'ab'[:1],
 'b"ab"[0:1:1]': lambda: b'ab'[0:1:1],
 'b"ba"[::-2]': lambda: b'ba'[::-2],
 'b"ab"[5:]': lambda: b'ab'[5:],
 'b"ab"[::-1][1:]': lambda: b'ba'[1:],
 'b"a"*1': lambda: b'a' * 1,
 'b"a"*0': lambda: b'a' * 0,
 'b""*5': lambda: b'' * 5,
 'b""+b""': lambda: b'' + b'',
 'b"a"+b""': lambda: A + b'',
 'b""+bytearray(b"a")': lambda: b'' + bytearray(b'a'),
 'b""+memoryview(b"a")': lambda: b'' + memoryview(b'a'),
 'b""+B(b"a")': lambda: b'' + B(b'a'),
 'B(b"a")+b""': lambda: B(b'a') + b'',
 'b"ab".split(b"b")[0]': lambda: b'ab'.split(b'b')[0],
 'b"ab".split(b"b")[1]': lambda: b'ab'.split(b'b')[1],
 'b"ab".split()[0]': lambda: b'a b'.split()[0],
 'b" a".split(None,0)[0]': lambda: b' a'.split(None, 0)[0],
 'b"a\\nb".splitlines()[0]': lambda: b'a\nb'.splitlines()[0],
 'b"ab".partition(b"b")[0]': lambda: b'ab'.partition(b'b')[0],
 'b"ab".partition(b"b")[2]': lambda: b'ab'.partition(b'b')[2],
 'b"ab".partition(b"x")[1]': lambda: b'ab'.partition(b'x')[1],
 'b" a ".strip()': lambda: b' a '.strip(),
 'b"ab".removesuffix(b"b")': lambda: b'ab'.removesuffix(b'b'),
 'b"ab".replace(b"b", b"")': lambda: b'ab'.replace(b'b', b''),
 'b"b".replace(b"b", b"a")': lambda: b'b'.replace(b'b', b'a'),
 'b"A".lower()': lambda: b'A'.lower(),
 'b"a".lower()': lambda: b'a'.lower(),
 'b"ab".translate(None, b"b")': lambda: b'ab'.translate(None, b'b'),
 'b"b".translate(bytes.maketrans(b"b", b"a"))': lambda: b'b'.translate(bytes.maketrans(b'b', b'a')),
 'b"a".ljust(1)': lambda: b'a'.ljust(1),
 'B(b"a").ljust(1)': lambda: B(b'a').ljust(1),
 'b"".join([b"a"])': lambda: b''.join([b'a']),
 'b"".join([bytearray(b"a")])': lambda: b''.join([bytearray(b'a')]),
 'b"".join([B(b"a")])': lambda: b''.join([B(b'a')]),
 'b"".join([b"a", b""])': lambda: b''.join([b'a', b'']),
 'b"".join([])': lambda: b''.join([]),
 'b"%s" % b"a"': lambda: b'%s' % b'a',
 'b"%c" % 97': lambda: b'%c' % 97,
 'b"a" % ()': lambda: b'a' % (),
 'bytes.fromhex("61")': lambda: bytes.fromhex('61'),
 'bytes.fromhex("")': lambda: bytes.fromhex(''),
 'B.fromhex("61")': lambda: B.fromhex('61'),
 'b"a".__bytes__()': lambda: b'a'.__bytes__(),
 'B(b"a").__bytes__()': lambda: B(b'a').__bytes__(),
 'B(b"a").__getnewargs__()[0]': lambda: B(b'a').__getnewargs__()[0],
 'bytearray(b"a").__bytes__': lambda: bytes(bytearray(b'a')),
 'struct.pack("B", 97)': lambda: struct.pack('B', 97),
 'struct.pack("")': lambda: struct.pack(''),
 'io.BytesIO(b"a").read()': lambda: io.BytesIO(b'a').read(),
 'io.BytesIO(b"").read()': lambda: io.BytesIO(b'').read(),
 'io.BytesIO(b"a").getvalue()': lambda: io.BytesIO(b'a').getvalue(),
 'memoryview(b"a").tobytes()': lambda: memoryview(b'a').tobytes(),
 'memoryview(b"").tobytes()': lambda: memoryview(b'').tobytes(),
 'bytearray(b"a").decode()': lambda: bytearray(b'a').decode() and b'x',
 'int.to_bytes(97,1,"big")': lambda: (97).to_bytes(1, 'big'),
 'int.to_bytes(0,0,"big")': lambda: (0).to_bytes(0, 'big'),
 'codecs.escape_decode(b"a")[0]': lambda: codecs.escape_decode(b'a')[0],
 'eval("b\'a\'")': lambda: eval("b'a'"),
 'eval("b\'\'")': lambda: eval("b''"),
 'b"a" b"" concat lit': lambda: b'a' b'',
 'bytes(B())+b""': lambda: bytes(B()) + b'',
 'iter-join': lambda: b''.join(x for x in [b'a']),
}
for k, f in tests.items():
    chk(k, f)
x = B(b'abc')
print(type(x.partition(b'z')[0]).__name__, x.partition(b'z')[0] is x, x.rpartition(b'z')[2] is x)
ba = bytearray(b'abc')
for sep in (b'b', bytearray(b'b'), memoryview(b'b'), B(b'b')):
    for s in (b'abc', B(b'abc'), bytearray(b'abc')):
        for r in (s.partition(sep), s.rpartition(sep)):
            print(type(s).__name__, type(sep).__name__, [type(p).__name__ for p in r], r[1] is sep)
print(codecs.escape_encode(b'a')[0] is A, codecs.charmap_encode('a')[0] is A, codecs.latin_1_encode('a')[0] is A,
      codecs.escape_decode(b'a')[0] is A, codecs.ascii_encode('a')[0] is A, codecs.utf_8_encode('a')[0] is A)
