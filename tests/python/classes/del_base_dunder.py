# Deleting (and then re-adding) a dunder on a base class: subclasses that inherited it lose the
# operation as well (TypeError "not subscriptable", `in` falling back to iteration), and get it
# back, in plain code and in a hot loop.
class A:
    def __lt__(self, o): return True
    def __getitem__(self, k):
        if k > 5:
            raise IndexError(k)
        return k
    def __len__(self): return 3
    def __contains__(self, k): return False


class B(A):
    pass


class C(B):
    def __len__(self): return 7


b, c = B(), C()
print(b < b, b[2], len(b), 3 in b, len(c))
saved = A.__contains__, A.__lt__, A.__len__
del A.__lt__, A.__getitem__, A.__len__, A.__contains__
for expr in ("b < b", "b[2]", "len(b)", "3 in b", "len(c)", "c[1]"):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
A.__getitem__ = lambda self, k: k * 2 if k < 4 else (_ for _ in ()).throw(IndexError(k))
print(b[3], 3 in b, 6 in c)
A.__contains__, A.__lt__, A.__len__ = saved
print(b < c, len(b), len(c), 3 in b)


def loop(n):
    hits = 0
    for i in range(n):
        try:
            hits += b[i % 4]
        except TypeError:
            hits -= 1
        if i == n // 2:
            del A.__getitem__
    return hits


print(loop(3000))
