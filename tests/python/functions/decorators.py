def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, b=2)
print(add.__name__, add.__wrapped__(5))

def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello():
    return "hi"
print(hello())

order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@mark("outer")
@mark("inner")
def decorated():
    pass
print(order)

# Decorators can be arbitrary expressions (3.9+).
registry = {}
handlers = [lambda f: registry.setdefault("first", f)]
@handlers[0]
def handler():
    return "handled"
print(registry["first"]())

def class_deco(cls):
    cls.added = "yes"
    return cls

@class_deco
class C:
    pass
print(C.added)

# A decorator that replaces the function with something else entirely.
@lambda f: f.__name__.upper()
def shout():
    pass
print(shout)
