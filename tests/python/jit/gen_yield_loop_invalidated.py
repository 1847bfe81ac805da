# A generator whose loop is traced to its yield, resumed many times while the globals, builtins
# and classes its trace assumed change between two items: each item must see the new binding.
import builtins


def scale(x):
    return x * 2


OFFSET = 3
real_len = len


def mapped(xs):
    for x in xs:
        yield scale(x) + len(str(x)) + OFFSET


g = mapped(range(3000))
out = []
for k, v in enumerate(g):
    out.append(v)
    if k == 1000:
        def scale(x):
            return -x
    elif k == 1500:
        builtins.len = lambda s: 100
    elif k == 2000:
        builtins.len = real_len
        OFFSET = 1000
    elif k == 2500:
        OFFSET = 0.5
print(len(out), out[999:1003], out[1499:1503], out[1999:2003], out[2499:2503], out[-1])
print(sum(out))


# generators resumed from a traced loop that abandons it, then from another
def counter(limit, step):
    n = 0
    while n < limit:
        yield n * step
        n += 1


total = 0
gens = [counter(500, s) for s in (1, 2, 3)]
for rounds in range(200):
    for g in gens:
        total += next(g)
    if rounds == 120:
        gens[1] = counter(500, 2.5)
print(total)
