# A generator consumed by a traced loop (FOR_ITER_GEN as the loop header): the generator ends
# mid-run of the trace (the loop-end exit), with break / else, a return value that the loop ignores,
# the loop variable after the loop, and a generator resumed again after it finished.

def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def total(n):
    s = 0
    for x in count_to(n):
        s += x * 3 + 1
    return s

def with_else(n):
    s = 0
    x = -1
    for x in count_to(n):
        s += x
    else:
        s += 1000000
    return s, x

def with_break(n, stop):
    s = 0
    for x in count_to(n):
        if x == stop:
            break
        s += x
    else:
        s = -1
    return s, x

def finished_again(n):
    g = count_to(n)
    s = 0
    for x in g:
        s += x
    for x in g:
        s += 1000
    return s, next(g, "empty")

def empty_and_one():
    r = []
    for n in (0, 1, 2):
        c = 0
        for x in count_to(n):
            c += 1
        r.append(c)
    return r

for n in (5, 1500, 3000, 4001):
    print(total(n), with_else(n))
print(with_break(5000, 2500), with_break(100, 1000))
print(finished_again(3000))
print(empty_and_one())
