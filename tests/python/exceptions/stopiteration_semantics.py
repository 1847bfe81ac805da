def first(iterable):
    for x in iterable:
        return x
    raise ValueError("empty")
print(first([3, 4]))
try:
    first([])
except ValueError as e:
    print(type(e).__name__, e)

def gen_leak():
    it = iter([])
    yield next(it)
try:
    list(gen_leak())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done with value")
        return self.n
print(list(It()))
it = It()
for _ in it:
    pass
try:
    next(it)
except StopIteration as e:
    print("exhausted iterator raises again", e.args)

print(next(iter(()), "sentinel"))
def comp_stop():
    return [x for x in iter([1, 2])]
print(comp_stop())
