# zlib's wbits framings (zlib 9..15, raw -9..-15, gzip 25..31, header auto-detection 32+),
# strategies the JDK's deflater has, preset dictionaries, and zlib's refusals.
import zlib

data = b"hello world, hello zlib " * 40

# streams CPython compressed with windows of 2**9 and 2**12 bytes
streams = {
    9: bytes.fromhex("1895cb48cdc9c95728cf2fca4951c820910d00b2e6166d"),
    12: bytes.fromhex("4889cb48cdc9c95728cf2fca4951c820910d00b2e6166d"),
}
for wbits, stream in streams.items():
    for w in (wbits, 15, 0, 32 + wbits, 47, wbits - 1 if wbits > 9 else 9):
        try:
            print(wbits, w, zlib.decompress(stream, w))
        except zlib.error as e:
            print(wbits, w, "error", e)
    d = zlib.decompressobj(wbits)
    print(" obj", d.decompress(stream[:5]) + d.decompress(stream[5:]), d.eof)

for wbits in (15, -15, 31, -9, -12, 25):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    c = co.compress(data) + co.flush()
    back = zlib.decompress(c, wbits if wbits < 0 else (47 if wbits > 15 else 15))
    print("wbits", wbits, back == data, zlib.decompressobj(wbits).decompress(c) == data)

gz = zlib.compress(data, wbits=31)
print(gz[:3].hex(), zlib.decompress(gz, 16 + 15) == data, zlib.decompress(gz, 32 + 15) == data,
      zlib.decompressobj(32).decompress(gz) == data)
print(zlib.decompress(zlib.compress(data), 32 + 15) == data)

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    c = co.compress(data) + co.flush()
    print("strategy", strategy, len(c), c[:8].hex(), zlib.decompress(c) == data)

zd = b"hello world, hello zlib "
co = zlib.compressobj(zdict=zd)
c = co.compress(data) + co.flush()
print("zdict", len(c), c[:6].hex())
try:
    zlib.decompress(c)
except zlib.error as e:
    print("error", e)
print(zlib.decompressobj(zdict=zd).decompress(c) == data)
try:
    zlib.decompressobj(zdict=b"other").decompress(c)
except zlib.error as e:
    print("error", e)

for w in (-8, 24, 7, 16, 32, 48, -16):
    for name, f in (("compressobj", lambda: zlib.compressobj(wbits=w)), ("compress", lambda: zlib.compress(b"x", wbits=w)),
                    ("decompressobj", lambda: zlib.decompressobj(wbits=w))):
        try:
            f()
            print(w, name, "ok")
        except (ValueError, zlib.error) as e:
            print(w, name, type(e).__name__, e)
