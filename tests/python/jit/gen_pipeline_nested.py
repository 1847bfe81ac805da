# Nested generator pipelines consumed by traced loops: generators over generators, a generator
# expression stage, yield from, and a pipeline rebuilt in an outer loop.

def source(n):
    state = 7
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state % 1000

def scaled(items, k):
    for x in items:
        yield x * k

def evens(items):
    return (x for x in items if x % 2 == 0)

def chained(n):
    yield from source(n)
    yield from scaled(source(n), 2)

def run(n):
    s = 0
    c = 0
    for x in evens(scaled(source(n), 3)):
        s += x
        c += 1
    return s, c

def run_chained(n):
    s = 0
    for x in chained(n):
        s = (s * 31 + x) % 1000003
    return s

def rebuilt(rounds, n):
    out = []
    for r in range(rounds):
        t = 0
        for x in scaled(source(n), r):
            t += x
        out.append(t)
    return out

print(run(4000))
print(run_chained(3000))
print(rebuilt(40, 100))
