def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

print(list(take(3, evens(numbers()))))

def chunks(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(10), 4)))

def running_max(seq):
    best = None
    for x in seq:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))

def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
