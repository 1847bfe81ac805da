# a small binary-format program: base64 and hexdump by hand, a length-prefixed record packer over memoryview
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        quad = bytes(ALPHABET[n >> s & 63] for s in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1] + b"=" * (3 - len(chunk))
    return bytes(out)


def b64decode(text):
    table = {c: i for i, c in enumerate(ALPHABET)}
    text = text.rstrip(b"=")
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        n = 0
        for c in quad:
            n = n << 6 | table[c]
        n <<= 6 * (4 - len(quad))
        out.extend(n.to_bytes(3, "big")[:len(quad) - 1])
    return bytes(out)


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        row = data[off:off + width]
        text = row.translate(PRINTABLE)
        lines.append(b"%04x  %-*s |%s|" % (off, width * 3 - 1, row.hex(" ").encode(), text))
    return b"\n".join(lines).decode("ascii")


PRINTABLE = bytes(c if 32 <= c < 127 else ord(".") for c in range(256))


def pack(records):
    buf = bytearray(sum(2 + len(r) for r in records))
    view = memoryview(buf)
    pos = 0
    for r in records:
        view[pos:pos + 2] = len(r).to_bytes(2, "little")
        view[pos + 2:pos + 2 + len(r)] = r
        pos += 2 + len(r)
    view.release()
    return buf


def unpack(buf):
    view = memoryview(buf)
    pos, out = 0, []
    while pos < len(view):
        n = int.from_bytes(view[pos:pos + 2], "little")
        out.append(view[pos + 2:pos + 2 + n].tobytes())
        pos += 2 + n
    view.release()
    return out


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 17)), "héllo wörld ✓".encode()]
for s in samples:
    enc = b64encode(s)
    print(enc, b64decode(enc) == s)
print(hexdump(b"The quick brown fox \x00\x01\x02\xff jumps"))
records = [b"alpha", b"", "ünïcode".encode("utf-8"), bytes(300)]
packed = pack(records)
print(len(packed), packed[:12], unpack(packed) == records, [len(r) for r in unpack(packed)])
packed.extend(b"\x02\x00hi")
print(unpack(packed)[-1], packed.count(0), packed.rfind(b"hi"), packed[-4:].hex("-"))
words = b"the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), b" ".join(sorted(set(words))).title())
