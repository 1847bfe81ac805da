# struct.pack_into/unpack_from offset errors with CPython 3.11's messages: negative offsets
# that leave too little room, offsets past the buffer, and sizes past sys.maxsize shown unwrapped.
import struct
import sys

buf = bytearray(10)
cases = [
    lambda: struct.unpack_from("<I", buf, -2),
    lambda: struct.unpack_from("<I", buf, -11),
    lambda: struct.unpack_from("<I", buf, 8),
    lambda: struct.unpack_from("<I", buf, 7),
    lambda: struct.unpack_from("<I", buf, -4),
    lambda: struct.unpack_from("<I", buf, -5),
    lambda: struct.unpack_from("<I", buf, sys.maxsize),
    lambda: struct.pack_into("<I", buf, sys.maxsize, 1),
    lambda: struct.pack_into("<I", buf, -2, 1),
    lambda: struct.pack_into("<B", buf, -11, 1),
    lambda: struct.pack_into("<I", buf, 8, 1),
    lambda: struct.pack_into("<I", buf, -4, 1),
    lambda: struct.Struct("<hh").unpack_from(buf, -3),
    lambda: struct.Struct("<hh").unpack_from(buf, 7),
]
for case in cases:
    try:
        print(case())
    except struct.error as e:
        print("error:", e)
print(buf)
for case in (lambda: struct.unpack_from("i", b"abcd", 2**70), lambda: struct.pack_into("i", bytearray(4), 2**70, 1),
             lambda: struct.unpack_from("i", b"abcd", -2**70), lambda: struct.Struct("i").unpack_from(b"abcd", 2**70)):
    try:
        case()
    except (OverflowError, IndexError) as e:
        print(type(e).__name__, e)
