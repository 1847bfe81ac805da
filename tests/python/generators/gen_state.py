def g():
    yield 1

gen = g()
print(gen.gi_running, gen.gi_frame is not None)
print(gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_frame is not None)
list(gen)
print(gen.gi_frame)

def self_reference():
    yield next(me)
me = self_reference()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# A generator raising StopIteration gets it converted to RuntimeError.
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def reraise():
    try:
        yield 1
        raise KeyError("x")
    except KeyError:
        yield "caught inside"
print(list(reraise()))

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(Counter(5)))
print(sorted(Counter(4), reverse=True))

def gen_locals():
    a = 1
    yield
    b = 2
    yield
x = gen_locals()
next(x)
print(sorted(x.gi_frame.f_locals))
next(x)
print(sorted(x.gi_frame.f_locals))
