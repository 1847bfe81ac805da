def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers finalized")

def take_while_small(it):
    for x in it:
        if x > 2:
            return
        yield x

g = numbers()
print(list(take_while_small(g)))
print("generator still suspended:", g.gi_frame is not None)
g.close()
print(g.gi_frame)

def zip_longest_manual(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        done = 0
        try:
            x = next(ia)
        except StopIteration:
            x, done = fill, done + 1
        try:
            y = next(ib)
        except StopIteration:
            y, done = fill, done + 1
        if done == 2:
            return
        yield x, y
print(list(zip_longest_manual("abc", [1])))

def enumerate_manual(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
print(list(enumerate_manual("xyz", 5)))
