print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j))
print(bool.__name__, bool(bool), type(bool(1)).__name__, True.__class__.__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __call__(self):
        pass
def f():
    pass
print(callable(C), callable(C()), callable(f), callable(len), callable(1), callable("s"), callable(print),
      callable(str.upper), callable("s".upper), callable(type), callable(None), callable(lambda: 0))
