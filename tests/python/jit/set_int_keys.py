# Sets and dicts filled and probed inside traces with int keys whose hashes are special: negative
# values, -1 and -2 (both hash to -2), the modulus 2**61 - 1 (hash 0, like 0), values past it and
# past a long, and keys of other types equal to ints (True, 1.0). Also a set mutated while its
# loop's trace runs, from the loop and from a called function.

M = 2 ** 61 - 1
KEYS = [0, 1, -1, -2, 2, 7, -7, M, M + 1, -M, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 + 5, 10 ** 30, -(10 ** 30),
        True, 1.0, -2.0, 3]


def fill(n):
    s = set()
    d = {}
    hits = 0
    for i in range(n):
        k = KEYS[i % len(KEYS)]
        if k in s:
            hits += 1
        s.add(k)
        d[k] = d.get(k, 0) + 1
    return hits, len(s), sorted(d.values()), sorted(hash(k) for k in s)


print(fill(5000))
print([hash(k) for k in KEYS])


def grow(n):
    seen = {0}
    order = []
    for i in range(n):
        q = (i * 37) % 1000 - 500
        if q not in seen:
            seen.add(q)
            order.append(q)
        elif q % 5 == 0:
            seen.discard(q)
    return len(seen), sum(order), order[-5:]


print(grow(20000))


def drain(s):
    s.clear()


def mutate(n):
    s = set(range(50))
    total = 0
    for i in range(n):
        if i % 997 == 0:
            drain(s)
        if i % 50 in s:
            total += 1
        else:
            s.add(i % 50)
    return total, len(s)


print(mutate(30000))
