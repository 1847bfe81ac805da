# float.fromhex's digit-by-digit parse: half-to-even rounding past 53 bits and into subnormals,
# digits beyond the first 15 (kept only as "anything nonzero"), overflow at the top, underflow
# to (signed) zero, long exponents, and the malformed spellings it refuses.
cases = ["0x1.999999999999ap-4", "0x0p0", "-0x0p0", "-0x0.000p-5", "0x.8", "0x8.", "0X1P3", "1", "-1", "+0x1p1",
         "fp1", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000000000000000001p0",
         "0x1.0000000000000800000000000000000000000000p0", "0x1.00000000000007ffffffffffffp0", "0x1.fffffffffffff8p1023",
         "0x1.fffffffffffff7ffffffffffp1023", "0x1.fffffffffffffp1023", "0x1p1023", "0x1p1024", "-0x2p1023",
         "0x1p-1022", "0x1p-1074", "0x1p-1075", "0x1.0000000001p-1075", "0x1p-1076", "0x3p-1076", "0x1.8p-1074",
         "0x2.8p-1074", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
         "-0x1p-1080", "0x1p99999999999", "0x0p99999999999", "0x1p-99999999999", "0x1p999999999", "0x1p-999999999",
         "0x10000000000000000000000000000000000p-200", "00000000000000000000000000000000001", "0x000000000000000000000001.8p0",
         "0x.0000000000000000000000000000001p128", "0xABCDEFabcdef0123456789p-50", "0x1p+0", "0x1p-0", "0x1P-3",
         "0x1p0 x", "", ".", "0x", "0x.", "0xp1", "0x1p", "0x1p+", "0x1.2.3", "0x1_0", "0x1p1_0", "0x\u0663", "0x\uff11",
         "0x1p\u0663", "0x1 p1", "0xg", "0x1.8p-1x", "0x-1", "--0x1", "0x1p--1"]
for s in cases:
    try:
        print(s, float.fromhex(s).hex())
    except Exception as e:
        print(s, type(e).__name__, e)
state = 11
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 20) % n
total = 0
for i in range(3000):
    digits = "".join("0123456789abcdefABCDEF"[rnd(22)] for _ in range(1 + rnd(24)))
    dot = rnd(len(digits) + 1)
    exp = (rnd(2300) - 1200) if i % 2 else rnd(120) - 60
    s = "%s0x%s.%sp%d" % ("-" if i % 3 == 0 else "", digits[:dot], digits[dot:], exp)
    try:
        v = float.fromhex(s)
        total = (total * 31 + hash(v)) % 2 ** 61
        if i % 150 == 0:
            print(s, v.hex())
    except OverflowError:
        total += 1
print(total)
class F(float):
    pass
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1p1")).__name__)
