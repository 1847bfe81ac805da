# A memoryview whose layout is not C-contiguous (m[::2]) is refused where CPython asks for a simple
# buffer (BufferError, or the caller's own TypeError), and copied by bytes(), bytearray(),
# int.from_bytes and its own methods.
import binascii, zlib, hashlib, struct, io, os, base64, array, codecs
nc = memoryview(bytearray(b'noncontig'))[::-2]
tests = {
 "bytes": lambda: bytes(nc), "bytearray": lambda: bytearray(nc), "join": lambda: b"".join([nc]),
 "add": lambda: b"a" + nc, "ba_add": lambda: bytearray(b"a") + nc, "extend": lambda: bytearray().extend(nc),
 "int.from_bytes": lambda: int.from_bytes(nc, "big"), "struct": lambda: struct.unpack("5B", nc),
 "BytesIO.write": lambda: io.BytesIO().write(nc), "BytesIO": lambda: io.BytesIO(nc).read(),
 "zlib.crc32": lambda: zlib.crc32(nc), "zlib.compress": lambda: len(zlib.compress(nc)),
 "md5": lambda: hashlib.md5(nc).hexdigest(), "b64": lambda: base64.b64encode(nc),
 "decode": lambda: codecs.decode(nc, "latin-1"), "str": lambda: str(nc, "latin-1"),
 "find": lambda: b"xyz".find(nc), "in": lambda: nc in b"abc", "startswith": lambda: b"abc".startswith(nc),
 "replace": lambda: b"abc".replace(nc, b""), "split": lambda: b"abc".split(nc),
 "array.frombytes": lambda: array.array("B").frombytes(nc), "os.write": lambda: os.write(os.open(os.devnull, os.O_WRONLY), nc),
 "b2a_hex": lambda: binascii.b2a_hex(nc), "a2b_base64": lambda: binascii.a2b_base64(nc),
 "memoryview": lambda: memoryview(nc).tobytes(), "ba_setitem": lambda: bytearray(b"12345").__setitem__(slice(0, 5), nc),
 "translate": lambda: b"abc".translate(None, nc), "hex": lambda: nc.hex(), "fromhex": lambda: bytes.fromhex("00"),
 "compare": lambda: nc == b"gtonn", "unicode_escape": lambda: codecs.escape_decode(nc),
}
for k, f in list(tests.items()):
    try:
        r = f()
        print(k, "ok", r if not isinstance(r, (bytes, bytearray)) else bytes(r))
    except Exception as e:
        print(k, type(e).__name__, e)

import re, tempfile
nc = memoryview(bytearray(b'1234567890'))[::2]
def ba_iadd():
    b = bytearray(b"x"); b += nc; return b
tests = {
 "int": lambda: int(nc), "float": lambda: float(nc), "array": lambda: array.array("B", nc),
 "in bytearray": lambda: nc in bytearray(b"13"), "ba.find": lambda: bytearray(b"13579").find(nc),
 "count": lambda: b"13579".count(nc), "re": lambda: re.match(b"1", nc), "tobytes": lambda: nc.tobytes(),
 "percent": lambda: b"%s" % nc, "percent_b": lambda: b"%b" % nc, "ba_iadd": ba_iadd,
 "BufferedWriter": lambda: io.BufferedWriter(io.BytesIO()).write(nc),
 "file.write": lambda: tempfile.TemporaryFile().write(nc), "utf_8_decode": lambda: codecs.utf_8_decode(nc),
 "str utf8": lambda: str(nc, "utf-8"), "zlib.decompress": lambda: zlib.decompress(nc),
 "sha.update": lambda: hashlib.sha256().update(nc), "a2b_hex": lambda: binascii.a2b_hex(nc),
 "struct.unpack_from": lambda: struct.unpack_from("B", nc), "ba.join": lambda: bytearray(b",").join([nc]),
 "bytes.startswith tuple": lambda: b"135".startswith((nc,)), "maketrans": lambda: bytes.maketrans(nc, nc),
 "strip": lambda: b"135".strip(nc), "partition": lambda: b"135".partition(nc), "ba.extend": lambda: bytearray().extend(nc),
 "bytes.hex": lambda: nc.hex(), "fromhex": lambda: bytearray.fromhex("01"), "len": lambda: len(nc),
 "writelines": lambda: io.BytesIO().writelines([nc]), "ba.__setitem__": lambda: bytearray(b"12345").__setitem__(slice(None), nc),
 "bytes(nc)": lambda: bytes(nc), "ba.__eq__": lambda: bytearray(b"13579") == nc, "bytes.__eq__": lambda: b"13579" == nc,
 "decode method": lambda: nc.tobytes().decode(), "int.from_bytes": lambda: int.from_bytes(nc, "little"),
 "memoryview()": lambda: memoryview(nc)[0], "os.fsencode": lambda: os.fsdecode(nc),
}
for k, f in tests.items():
    try:
        r = f()
        print(k, "ok", r if not isinstance(r, (bytes, bytearray)) else bytes(r))
    except Exception as e:
        print(k, type(e).__name__, e)
# bytearray's partition copies a separator of any layout; bytes' refuses it
m = memoryview(bytearray(b'xaceacey'))[::2]
print(bytearray(b'xaxy').partition(m), bytearray(b'xaxy').rpartition(m))
try:
    b'xaxy'.partition(m)
except Exception as e:
    print(type(e).__name__, e)
