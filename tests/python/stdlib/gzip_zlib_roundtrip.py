import gzip, zlib, io
data = b"".join(b"line %d: the quick brown fox\n" % i for i in range(300))
z = gzip.compress(data, mtime=0)
print(len(z), z[:10].hex(), gzip.decompress(z) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="x.txt") as f:
    f.write(data[:1000]); f.write(data[1000:])
raw = buf.getvalue(); print(len(raw), raw[:20].hex())
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(25), f.readline(), len(f.read()))
print(gzip.decompress(raw + z) == data + data)
try:
    gzip.decompress(b"not gzip data")
except Exception as e:
    print(type(e).__name__, e)
print(zlib.decompress(zlib.compress(data, 9)) == data, zlib.crc32(data), zlib.adler32(data))
