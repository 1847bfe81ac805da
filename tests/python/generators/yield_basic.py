def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def empty():
    return
    yield
print(list(empty()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(12)])
print(sum(x for x in count_up(5)))

def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

print(iter(g) is g)
