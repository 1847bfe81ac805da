# lzma over _lzma: every container format and check, presets, raw filter chains (LZMA1, LZMA2,
# delta, the BCJ filters), streaming with max_length, unused_data, multi-stream input, and
# the filter-properties helpers. Small outputs are printed in hex: the bytes are liblzma's.
import lzma
import _lzma

small = b"hello hello hello lzma\n"
for fmt, name in ((lzma.FORMAT_XZ, "xz"), (lzma.FORMAT_ALONE, "alone")):
    c = lzma.compress(small, format=fmt)
    print(name, len(c), c.hex())
    print(lzma.decompress(c) == small, lzma.decompress(c, format=fmt) == small)

for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(small, check=check)
    d = lzma.LZMADecompressor()
    print("check", check, d.check, d.decompress(c) == small, d.check, d.eof, len(c), c[-12:].hex())

for preset in (0, 1, 6, 9, 0 | lzma.PRESET_EXTREME, 3 | lzma.PRESET_EXTREME):
    c = lzma.compress(small * 50, preset=preset)
    print("preset", preset, len(c), c.hex()[:80])
    assert lzma.decompress(c) == small * 50

print("empty xz", lzma.compress(b"").hex())
print("empty alone", lzma.compress(b"", format=lzma.FORMAT_ALONE).hex())
print(lzma.decompress(lzma.compress(b"")) == b"")

data = b"".join(b"record %05d %s\n" % (i, b"xyz" * (i % 11)) for i in range(30000))
whole = lzma.compress(data)
print(len(data), len(whole), whole[:16].hex())

# incremental compression equals one-shot compression
comp = lzma.LZMACompressor()
out = b"".join(comp.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)) + comp.flush()
print(out == whole)

# decompression in pieces
for step in (1, 7, 1000, len(whole)):
    d = lzma.LZMADecompressor()
    got = bytearray()
    for i in range(0, len(whole), step):
        got += d.decompress(whole[i:i + step])
    print(step, got == data, d.eof, d.needs_input, d.unused_data, d.check)

# max_length
d = lzma.LZMADecompressor()
first = d.decompress(whole, max_length=100)
print(len(first), d.needs_input, d.eof)
parts = [first]
while not d.eof:
    chunk = d.decompress(b"", max_length=65536)
    assert len(chunk) <= 65536
    parts.append(chunk)
print(b"".join(parts) == data, len(parts), d.needs_input)

d = lzma.LZMADecompressor()
print(d.decompress(whole[:300], 0), d.needs_input)
print(len(d.decompress(whole[300:])), d.eof)

# exact-size max_length: the output buffer fills as the input ends
c = lzma.compress(b"q" * 1000)
d = lzma.LZMADecompressor()
out = d.decompress(c, max_length=1000)
print(len(out), d.eof, d.needs_input)
if not d.eof:
    print(d.decompress(b""), d.eof)

# unused_data and EOFError
d = lzma.LZMADecompressor()
c = lzma.compress(small)
print(d.decompress(c + b"garbage!") == small, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError", e)

# concatenated streams: lzma.decompress reads all, the object stops after one
multi = lzma.compress(b"one ") + lzma.compress(b"two ", check=lzma.CHECK_NONE) + lzma.compress(b"three")
print(lzma.decompress(multi))
d = lzma.LZMADecompressor()
print(d.decompress(multi), len(d.unused_data))
print(lzma.decompress(lzma.compress(b"A", format=lzma.FORMAT_ALONE) , format=lzma.FORMAT_ALONE))

# raw filter chains
binary = bytes((i * 7 + (i >> 3)) & 0xff for i in range(5000))
chains = [
    [{"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": 1 << 16}],
    [{"id": lzma.FILTER_LZMA1, "lc": 2, "lp": 1, "pb": 1, "mode": lzma.MODE_FAST, "mf": lzma.MF_HC4,
      "nice_len": 32, "depth": 4}],
    [{"id": lzma.FILTER_LZMA2, "mode": lzma.MODE_NORMAL, "mf": lzma.MF_BT2, "nice_len": 273}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_DELTA}, {"id": lzma.FILTER_LZMA2, "preset": 0}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86, "start_offset": 16}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_POWERPC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_IA64}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_ARMTHUMB}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}],
]
for chain in chains:
    raw = lzma.compress(binary, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    if chain[-1]["id"] == lzma.FILTER_LZMA1:
        # .xz streams take LZMA2 only: liblzma refuses the chain
        try:
            lzma.compress(binary, filters=chain)
        except lzma.LZMAError as e:
            xz_report = ("LZMAError", str(e))
    else:
        xz = lzma.compress(binary, filters=chain)
        xz_report = (len(xz), lzma.decompress(xz) == binary)
    print([f["id"] for f in chain], len(raw), raw[:12].hex(), back == binary, xz_report)

# FORMAT_ALONE from an LZMA1 filter
alone = lzma.compress(small, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20}])
print(alone.hex(), lzma.decompress(alone) == small)

# raw streaming decompressor
chain = [{"id": lzma.FILTER_LZMA2, "preset": 2}]
raw = lzma.compress(data[:50000], format=lzma.FORMAT_RAW, filters=chain)
d = lzma.LZMADecompressor(lzma.FORMAT_RAW, None, chain)
print(d.check, len(d.decompress(raw[:1000])), d.needs_input, d.eof)
print(len(d.decompress(raw[1000:])), d.eof)

# properties helpers (zipfile's LZMA members use them)
for spec in ({"id": lzma.FILTER_LZMA2}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20},
             {"id": lzma.FILTER_LZMA1}, {"id": lzma.FILTER_LZMA1, "lc": 1, "lp": 2, "pb": 0},
             {"id": lzma.FILTER_DELTA, "dist": 7}, {"id": lzma.FILTER_X86, "start_offset": 8}):
    # (a BCJ filter with start_offset 0 encodes to no properties, which CPython 3.11 cannot decode)
    props = _lzma._encode_filter_properties(spec)
    print(spec["id"], props.hex(), _lzma._decode_filter_properties(spec["id"], props))

# memlimit large enough works
print(lzma.decompress(whole, memlimit=1 << 30) == data)

# the constants
for name in sorted(n for n in dir(_lzma) if n.isupper()):
    print(name, getattr(_lzma, name))
print(_lzma.is_check_supported(lzma.CHECK_SHA256), _lzma.is_check_supported(lzma.CHECK_UNKNOWN))

# new input while earlier input is still held back (needs_input False): it queues behind it
def feed_limited(d, blob, piece, limit):
    out = []
    states = set()
    for i in range(0, len(blob), piece):
        if d.eof:
            break
        out.append(d.decompress(blob[i:i + piece], limit))
        states.add(d.needs_input)
    while not d.eof and not d.needs_input:
        out.append(d.decompress(b"", limit))
    return b"".join(out), sorted(states)

got, states = feed_limited(lzma.LZMADecompressor(), whole, 1000, 3000)
print(got == data, states)
d = lzma.LZMADecompressor()
got, states = feed_limited(d, lzma.compress(small) + b"after the end", 5, 4)
print(got == small, d.eof, d.unused_data)
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_DELTA, "dist": 3},
                                                          {"id": lzma.FILTER_LZMA2, "preset": 1}])
d = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_DELTA, "dist": 3},
                                                    {"id": lzma.FILTER_LZMA2, "preset": 1}])
got, states = feed_limited(d, raw, 4096, 100000)
print(got == data, states, d.eof)
