# bytes and bytearray in hot loops: iteration yields ints, item assignment range checks.


def main():
    ba = bytearray(3000)
    for i in range(3000):
        ba[i] = i % 256
    print(len(ba), sum(ba), ba[-3:], bytes(ba[250:260]))
    b = bytes(range(256)) * 12
    s = 0
    for v in b:
        s += v
    print(s, b[-1], b[-3:], type(b[0]).__name__)
    out = bytearray()
    for i in range(3000):
        out.append((i * 7) & 0xFF)
        if i % 1000 == 0:
            out += b"xy"
    print(len(out), out[:8], out.count(b"xy"))
    try:
        for i in range(3000):
            ba[0] = i if i < 2999 else 256
    except ValueError as e:
        print(i, type(e).__name__, e)
    x = 0
    for i in range(3000):
        x ^= int.from_bytes(ba[i % 2990:i % 2990 + 8], "little")
    print(x)


main()
