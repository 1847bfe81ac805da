# Integer kernels: a sieve with slice assignment, and fannkuch(7) with list reversal by slices.
N = 30000

def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    maxflips = 0
    checksum = 0
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        maxflips = max(maxflips, flips)
        checksum += flips if nperm % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, maxflips
            p0 = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        nperm += 1


def main():
    flags = [True] * N
    flags[0] = flags[1] = False
    for i in range(2, int(N ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, N, i))
    primes = [i for i, f in enumerate(flags) if f]
    print(len(primes), primes[-5:], sum(primes))
    print(fannkuch(7))


main()
