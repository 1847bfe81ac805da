# bz2 over _bz2: one-shot and incremental round trips, byte-identical output for every level,
# streaming with max_length, needs_input, unused_data after the end, multi-stream data.
import bz2
import _bz2

small = b"hello hello hello bz2\n"
for level in range(1, 10):
    c = bz2.compress(small, level)
    print(level, len(c), c.hex())
    assert bz2.decompress(c) == small

print(bz2.compress(b"").hex())
print(bz2.decompress(bz2.compress(b"")) == b"")
print(bz2.decompress(b"") == b"")

# a larger, compressible input (deterministic)
data = b"".join(b"line %d: %s\n" % (i, b"abcdefghij" * (i % 7)) for i in range(20000))
whole = bz2.compress(data)
print(len(data), len(whole), whole[:24].hex())

# incremental compression gives the same bytes however the input is cut
comp = _bz2.BZ2Compressor()
parts = [comp.compress(data[i:i + 7777]) for i in range(0, len(data), 7777)]
parts.append(comp.flush())
print(b"".join(parts) == whole, [len(p) for p in parts][:5])

# compress() of a memoryview and bytearray
comp = _bz2.BZ2Compressor(5)
out = comp.compress(memoryview(b"abc" * 100)) + comp.compress(bytearray(b"xyz" * 50)) + comp.flush()
print(out.hex())
print(bz2.decompress(out) == b"abc" * 100 + b"xyz" * 50)

# decompression in pieces of every size class
for step in (1, 3, 100, 4096, len(whole)):
    d = _bz2.BZ2Decompressor()
    got = bytearray()
    for i in range(0, len(whole), step):
        got += d.decompress(whole[i:i + step])
    print(step, got == data, d.eof, d.needs_input, d.unused_data)

# max_length: never more than asked, needs_input False while output is held back
d = _bz2.BZ2Decompressor()
chunks = []
out = d.decompress(whole, max_length=1000)
chunks.append(out)
print(len(out), d.needs_input, d.eof)
while not d.eof:
    out = d.decompress(b"", 50000)
    assert len(out) <= 50000
    chunks.append(out)
print(b"".join(chunks) == data, len(chunks), d.needs_input)

# max_length=0 produces nothing and keeps the input
d = _bz2.BZ2Decompressor()
print(d.decompress(whole[:500], 0), d.needs_input)
rest = d.decompress(whole[500:])
print(len(rest), d.eof)

# input fed one byte at a time with a small max_length
d = _bz2.BZ2Decompressor()
short = bz2.compress(b"0123456789" * 30)
got = b""
for i in range(len(short)):
    got += d.decompress(short[i:i + 1], 7)
while not d.eof:
    got += d.decompress(b"", 7)
print(got == b"0123456789" * 30)

# data after the end of a stream: unused_data, then EOFError
d = _bz2.BZ2Decompressor()
print(d.decompress(short + b"TRAILING", ), )
print(d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
print(d.unused_data)

# the trailing data arriving in a later call is not seen once eof is set
d = _bz2.BZ2Decompressor()
d.decompress(short[:-3])
print(d.eof, d.needs_input)
d.decompress(short[-3:] + b"tail")
print(d.eof, d.unused_data)

# multi-stream data: bz2.decompress goes on, the decompressor object stops at the first end
multi = bz2.compress(b"first ") + bz2.compress(b"second ", 1) + bz2.compress(b"third")
print(bz2.decompress(multi))
d = _bz2.BZ2Decompressor()
print(d.decompress(multi), len(d.unused_data))

# binary data with every byte value
blob = bytes(range(256)) * 40
c = bz2.compress(blob, 9)
print(len(c), c[-16:].hex(), bz2.decompress(c) == blob)

print(type(_bz2.BZ2Compressor()).__name__, type(_bz2.BZ2Decompressor()).__module__)

# new input while earlier input is still held back (needs_input False): it queues behind it
def feed_limited(d, blob, piece, limit):
    out = []
    states = set()
    for i in range(0, len(blob), piece):
        out.append(d.decompress(blob[i:i + piece], limit))
        states.add(d.needs_input)
    while not d.eof and not d.needs_input:
        out.append(d.decompress(b"", limit))
    return b"".join(out), sorted(states)

got, states = feed_limited(_bz2.BZ2Decompressor(), whole + b"extra bytes", 1000, 3000)
print(got == data, states)
d = _bz2.BZ2Decompressor()
got, states = feed_limited(d, short + b"after the end", 5, 4)
print(got == b"0123456789" * 30, d.eof, d.unused_data)
