import struct
from struct import Struct, pack, unpack, calcsize, error
print(struct.__name__, sorted(n for n in struct.__all__))
record = Struct("<I8sdh?")
data = record.pack(7, b"widget", 2.5, -3, True)
print(data.hex(), record.size, calcsize("<I8sdh?"), calcsize("@I8sdh?"))
print(record.unpack(data))
print(unpack(">Q", pack(">Q", 2**64 - 1)), pack("!h", -2))
buf = bytearray(16)
struct.pack_into("<2i", buf, 4, 10, 20)
print(buf.hex(), struct.unpack_from("<2i", buf, 4))
print([t for t in struct.iter_unpack("<H", bytes(range(8)))])
try:
    pack("<h", 1 << 20)
except error as e:
    print(type(e).__module__, type(e).__name__, e)
try:
    unpack("<i", b"abc")
except struct.error as e:
    print(e)
