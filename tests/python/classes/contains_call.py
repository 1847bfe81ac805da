class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())

class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "string"
    s()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(5), callable(lambda: 0), callable(NotCallable))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
