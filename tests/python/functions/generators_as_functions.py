def is_gen(fn):
    return fn.__code__.co_flags & 0x20 != 0
def plain():
    return 1
def gen():
    yield 1
def gen_in_unreachable():
    if False:
        yield
    return "value"
print(is_gen(plain), is_gen(gen), is_gen(gen_in_unreachable))
g = gen_in_unreachable()
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
lam = lambda: (yield 5)
lg = lam()
print(next(lg))
def with_nested_def():
    def inner():
        yield 1
    return inner
print(is_gen(with_nested_def), type(with_nested_def()()).__name__)
