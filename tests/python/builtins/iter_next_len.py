it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
print(len([1, 2]), len("abc"), len({}), len(range(10)), len(range(0, 10, 3)), len(b"xy"), len((1,)), len({1, 2}))
class Sized:
    def __len__(self):
        return 5
print(len(Sized()))
for thunk in [lambda: len(5), lambda: len(None), lambda: next(5), lambda: iter(5), lambda: len(iter([]))]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
ones = iter(lambda: 1, 2)
print(next(ones), next(ones))
try:
    iter(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(2 ** 62)) if False else len(range(10 ** 6)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
