# Nested loops in a generator's body whose inner loop yields (the inner loop's trace ends at the
# yield, the outer trace calls it and goes on to the same yield), consumed by a traced loop, by
# sum() and by next() with the suspended frame's locals and line read; and nested range() loops
# whose inner range is built by the outer body.

def pairs(rows):
    for r in rows:
        s = 0
        for x in r:
            s += x
            if x % 3 == 0:
                yield s
        yield -s

def gen_outer(n):
    rows = [[1, 2, 3, 4, 5], [6, 7], [8, 9, 10, 11]]
    def g():
        for i in range(n):
            for x in rows[i % 3]:
                yield x * i
    return sum(g())

def ranges(n):
    t = 0
    for i in range(n):
        for j in range(i % 7 + 3):
            t += j * i
        for k in range(i % 2):
            t -= k
    return t, j, k

rows = [list(range(k % 7)) for k in range(3000)]
t = 0
c = 0
for v in pairs(rows):
    t += v
    c += 1
print(t, c)
print(gen_outer(3000))
it = pairs(rows)
for k in range(2500):
    next(it)
print(next(it), it.gi_frame.f_locals['s'], it.gi_frame.f_lineno)
print(ranges(5000))
