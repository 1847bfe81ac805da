# Parallel assignment of 2 and 3 values compiles to SWAP (and then to reordered stores when
# the targets are distinct locals), as CPython 3.11 does: every form must keep its meaning.

def rotate(a, b, c, d):
    a, b = b, a
    a, b, c = c, a, b
    a, b, c, d = d, c, b, a
    return a, b, c, d

def same_name():
    x, x = 1, 2
    y, z, y = 1, 2, 3
    return x, y, z

def mixed_targets():
    l = [0, 0, 0]
    class O: pass
    o = O()
    l[0], l[1] = 5, 6
    o.p, o.q = l[1], l[0]
    a, l[2] = o.q, o.p
    (p, s), t = (o.p, o.q), a
    return l, o.p, o.q, a, p, s, t

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def three_way(n):
    a, b, c = 1, 2.5, "s"
    for i in range(n):
        a, b, c = c, a, b
    return a, b, c

def single(v):
    a, = v,
    return a

def glob_targets():
    global G1, G2
    G1, G2 = 1, 2
    G1, G2 = G2, G1
    return G1, G2

def cells():
    a, b = 1, 2
    def inner():
        return a, b
    a, b = b, a
    return inner()

def lines(a, b):
    a, \
        b = b, \
        a
    return a, b

print(rotate(1, 2, 3, 4))
print(same_name())
print(mixed_targets())
print(fib(10), fib(100))
print([three_way(k) for k in range(4)])
print(three_way(1001))
print(single(7), glob_targets(), cells(), lines(1, 2))
for k in range(300):
    r = fib(k % 40), three_way(k)
print(r)
