# Loops inside generator bodies that yield every iteration: the trace runs from the loop header to
# the yield and leaves the frame there for tier 1 to yield. Driven by next(), send(), throw() and
# close(); the suspended frame's line and locals; a guard failing at the 2000th item mid-body.

def running(n):
    total = 0
    for i in range(n):
        total += i * 3
        yield total

def by_next(n):
    g = running(n)
    s = 0
    for _ in range(n):
        s = (s + next(g)) % 1000003
    return s, next(g, "end")

def echo(n):
    got = 0
    for i in range(n):
        sent = yield i + got
        if sent is not None:
            got = sent

def sending(n):
    g = echo(n)
    out = [next(g)]
    for k in range(1, n):
        v = g.send(k % 7 if k % 500 == 0 else None)
        if k % 499 == 0:
            out.append(v)
    return out

def catcher(n):
    errors = 0
    i = 0
    while i < n:
        try:
            yield i * 2
        except KeyError:
            errors += 1
            yield -errors
        i += 1

def throwing(n):
    g = catcher(n)
    s = 0
    out = []
    for k in range(n - 10):
        s += next(g)
        if k % 1000 == 999:
            out.append(g.throw(KeyError("x")))
    return s, out

def closer(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed")

def closing(n):
    log = []
    g = closer(n, log)
    s = 0
    for k in range(2000):
        s += next(g)
    frame = g.gi_frame
    state = (frame.f_lineno, frame.f_locals["i"])
    g.close()
    return s, state, log, g.gi_frame

def changing(n):
    for i in range(n):
        v = i if i < 2000 else i * 0.5
        yield v + 1

def mixed_sum(n):
    s = 0
    for x in changing(n):
        s += x
    return s

def failing(n):
    for i in range(n):
        yield 10 // (1500 - i)

def odd(items):
    return (x for x in items if x & 1)

print(by_next(3000))
print(sending(3000))
print(throwing(4000))
print(closing(5000))
print(mixed_sum(3000))
print(sum(odd(range(5000))))
try:
    print(sum(failing(3000)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
s = 0
for v in failing(3000):
    s += v
print(s)
