import _struct as struct
S = struct.Struct("i")
calls = [lambda: struct.unpack("i"), lambda: struct.unpack(), lambda: struct.unpack("i", b"", 1),
 lambda: struct.unpack_from("i"), lambda: struct.unpack_from("i", buffer=b"abcd", offset=0), lambda: struct.unpack_from(format="i", buffer=b"abcd"),
 lambda: struct.iter_unpack("i"), lambda: struct.calcsize(), lambda: struct.calcsize(1), lambda: struct.calcsize("i", 2),
 lambda: struct.pack_into("i"), lambda: struct.pack_into("i", bytearray(4)), lambda: struct.pack_into("i", bytearray(4), "x", 1),lambda: struct.pack_into(),
 lambda: struct.pack("i", x=1), lambda: S.pack(1, x=2), lambda: S.pack_into(), lambda: S.pack_into(bytearray(4)), lambda: S.unpack(), lambda: S.unpack_from(b"abcd", 1.0),
 lambda: S.unpack_from(), lambda: S.iter_unpack(), lambda: struct.Struct(), lambda: struct.Struct("i", "j"), lambda: struct.Struct(format="<h").format,
 lambda: struct.unpack("é", b""), lambda: struct.unpack(b"\xff", b""), lambda: struct.unpack("0p", b""), lambda: struct.pack("0p", b"abc"),
 lambda: struct.pack("3p", b"abcdef"), lambda: struct.pack("300p", b"a"*300)[:3], lambda: struct.pack("5s", bytearray(b"ab")), lambda: struct.pack("2s", memoryview(b"ab")),
 lambda: struct.calcsize("9999999999999999999999i"), lambda: struct.calcsize("999999999999999999i"), lambda: struct.calcsize("i"*3 + "q"), lambda: struct.calcsize("ci0q"),
 lambda: type(struct.Struct("i").iter_unpack(b"")), lambda: struct.Struct.__new__(struct.Struct).format,
 lambda: struct.Struct.__new__(struct.Struct).size, lambda: struct.Struct("i").__sizeof__() > 0, lambda: S.unpack_from(b"abcdabcd", offset=4),
 lambda: struct.pack("?", 5), lambda: struct.pack("i", True), lambda: struct.pack(" i ", 1), lambda: struct.pack("2 i", 1, 2), lambda: struct.unpack("<2h3s", b"\x01\x00\x02\x00abc"),
 lambda: struct.pack("c", bytearray(b"a")),
]
for c in calls:
    try: print(c())
    except Exception as e: print(type(e).__name__, e)
class MyS(struct.Struct):
    def __init__(self, f): super().__init__(f); self.x = 1
m = MyS(">h"); print(m.pack(5), m.x, m.format, isinstance(m, struct.Struct))
S.__init__("<q"); print(S.format, S.size, S.pack(1))
print(struct.Struct.__module__, struct.Struct.__name__, type(struct.iter_unpack("i", b"")).__name__)
# half floats round trip and special values
import math
for bits in [0, 1, 0x3ff, 0x400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8001, 0x7e00, 0x7d00]:
    (v,) = struct.unpack("<e", bits.to_bytes(2, "little"))
    print(hex(bits), v, struct.pack("<e", v).hex() if not math.isnan(v) else "nan")
print(struct.unpack(">ef", struct.pack(">ef", 0.1, 0.1)))
print(struct.pack("@bhiqd", 1, 2, 3, 4, 5.0).hex(), struct.calcsize("@bhiqd"))
print(struct.pack("=bhiqd", 1, 2, 3, 4, 5.0).hex(), struct.calcsize("=bhiqd"))
print(struct.unpack("@?xhxxi", struct.pack("@?xhxxi", 3, -2, -3)))
print(struct.pack(">QqNn".replace("Nn", ""), 2**64 - 1, -2**63).hex())
print(struct.unpack("<Qq", b"\xff" * 16), struct.unpack("NnP", b"\xff" * 24))
ba = bytearray(b"\xee" * 12)
struct.pack_into("<hxi", ba, 2, 7, -1); print(ba.hex())
struct.pack_into("<h", ba, -2, 0x4142); print(ba)
mv = memoryview(ba)
struct.pack_into(">i", mv, 0, 1); print(ba.hex())
print(struct.unpack_from("<h", ba, -2), struct.unpack_from("2s", memoryview(b"xyz"), 1))
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02")))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return -3
print(struct.pack("<dfe", F(), F(), F()).hex(), struct.pack("<dq", I(), I()).hex())
print(struct.pack("<d", 10**20), struct.pack("?", F()))
for fmt, v in [("<f", 10**300), ("<e", 10**300), ("<d", 10**400), ("<q", 10**30), (">q", 10**30), ("<e", "1")]:
    try: print(struct.pack(fmt, v))
    except Exception as e: print(fmt, type(e).__name__, e)
struct._clearcache()
