# Hash-like integer mixing: multiply then mask, intermediates past 64 bits (FNV, LCG, xorshift).
MASK = 0xFFFFFFFFFFFFFFFF


def main():
    h = 0xcbf29ce484222325
    for i in range(3000):
        h ^= i & 0xFF
        h = (h * 0x100000001b3) & MASK
    print(h)
    x = 88172645463325252
    for i in range(3000):
        x ^= (x << 13) & MASK
        x ^= x >> 7
        x ^= (x << 17) & MASK
    print(x)
    seed = 12345
    outs = []
    for i in range(3000):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        outs.append(seed >> 60)
    print(seed, sum(outs), outs[:10])
    lcg = 1
    for i in range(3000):
        lcg = (lcg * 1103515245 + 12345) & 0x7fffffff
    print(lcg)
    s = 0
    for i in range(3000):
        s = (s * 31 + i) % 1000000007
    print(s)
    signed = 0
    for i in range(3000):
        signed = ((signed * 0x5bd1e995) ^ i) & MASK
        if signed >= 2**63:
            signed -= 2**64
    print(signed)


main()
