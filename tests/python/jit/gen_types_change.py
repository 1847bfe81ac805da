# A generator consumed by a traced loop changes what it yields: ints, then floats at the 1000th item,
# then strings, then None; the loop body's guards on the item fail mid-trace.

def mixed(n):
    for i in range(n):
        if i < 1000:
            yield i
        elif i < 2000:
            yield i * 0.5
        elif i < 2500:
            yield str(i)
        else:
            yield None

def consume(n):
    ints = 0
    floats = 0.0
    strs = 0
    nones = 0
    for x in mixed(n):
        if x is None:
            nones += 1
        elif type(x) is str:
            strs += len(x)
        elif type(x) is float:
            floats += x
        else:
            ints += x
    return ints, floats, strs, nones

def big_ints(n):
    def gen():
        v = 1
        for i in range(n):
            yield v
            if i == 1500:
                v = 2 ** 70
            v += 1
    s = 0
    for x in gen():
        s += x
    return s

print(consume(3000))
print(big_ints(3000))
