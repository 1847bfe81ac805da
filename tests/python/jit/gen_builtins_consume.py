# Builtins consuming generator expressions made in a traced loop (sum, min, max, sorted, any, all:
# residual calls of the builtin): results, an exception raised inside the genexpr at the 2000th
# iteration, the builtin rebound mid-loop, and the genexpr (or a generator resumed by next()) reading
# the loop's locals through its frame.
import sys

def consume(n):
    xs = [4, 9, 1, 7]
    total = 0
    for i in range(n):
        total += sum(x * i for x in xs)
        total += min(x + i for x in xs) - max(xs[0], i % 13, 5)
        total += len(sorted(x % (i + 2) for x in xs))
        total += all(x > 0 for x in xs) + any(x == i for x in xs)
    return total

def raising(n):
    out = []
    for i in range(n):
        try:
            out.append(sum(10 // (x - 2000) for x in (i, 1)))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[1998:2002], len(out)

def peeking(n):
    acc = 0
    seen = []
    for i in range(n):
        acc += 2
        v = sum(sys._getframe(1).f_locals["acc"] for _ in (0,))
        if v != acc:
            seen.append((i, v, acc))
    return acc, seen[:3]

def peek_gen():
    while True:
        yield sys._getframe(1).f_locals["acc"]

def next_peeking(n):
    g = peek_gen()
    acc = 0
    bad = 0
    for i in range(n):
        acc += 3
        if next(g) != acc:
            bad += 1
        if next(g, None) != acc:
            bad += 1
    return acc, bad

def rebound(n):
    global sum
    t = 0
    for i in range(n):
        if i == 1500:
            sum = lambda it: -1
        t += sum(x for x in (i, 1))
    del sum
    return t

print(consume(3000))
print(raising(3000))
print(peeking(3000))
print(next_peeking(3000))
print(rebound(3000))
