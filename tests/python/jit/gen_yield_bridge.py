# A loop in a generator's body that yields on some iterations only: the trace keeps to the path that
# loops, the yielding path leaves it and grows a bridge that ends at the yield. The filter flips at
# the 2000th item; the yielding path raises once; the generator is closed while suspended there.

def odd(items):
    return (x for x in items if x & 1)

def sparse(n):
    for i in range(n):
        if i % 3 == 0:
            yield i * 2
        elif i == 2500:
            yield -1

def flipping(n):
    for i in range(n):
        if (i < 2000) == (i % 2 == 0):
            yield i

def raising(n):
    for i in range(n):
        if i % 4 == 1:
            yield 100 // (i - 2001)

def consume(g):
    s = 0
    c = 0
    for x in g:
        s += x
        c += 1
    return s, c

print(consume(odd(range(6000))))
print(consume(sparse(6000)))
print(consume(flipping(6000)))
g = raising(6000)
try:
    print(consume(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, g.gi_frame)
g = sparse(6000)
for k in range(1500):
    v = next(g)
print(v, g.gi_frame.f_lineno, g.gi_frame.f_locals["i"])
g.close()
print(g.gi_frame)
