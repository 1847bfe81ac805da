def gen():
    x = yield "first"
    yield f"got {x}"
g = gen()
print(g.__next__(), g.send("hello"), iter(g) is g, g.__iter__() is g)
try:
    g.__next__()
except StopIteration:
    print("done")
print(type(g).__name__, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), g.__name__)

class Wrapper:
    def __init__(self, gen):
        self.gen = gen
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        value = next(self.gen)
        self.count += 1
        return value
w = Wrapper(x * x for x in range(4))
print(list(w), w.count)

def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([v for v, _ in zip(it, range(5))], next(it))
g2 = (c for c in "abc")
print(next(g2), list(g2), list(g2))
def delegating():
    result = yield from gen()
    return result
d = delegating()
print(next(d), d.send("x"))
