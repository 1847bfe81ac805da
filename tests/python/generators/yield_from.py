def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-after"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("exhausted")

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def delegate_iterables():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
    r = yield from []
    print("empty delegation returns", r)
print(list(delegate_iterables()))

def thrower_inner():
    try:
        yield 1
    except KeyError:
        print("inner handled KeyError")
        yield "handled"
    finally:
        print("inner finally")

def thrower_outer():
    yield from thrower_inner()
    yield "outer-continues"

g = thrower_outer()
next(g)
print(g.throw(KeyError))
print(next(g))
g.close()

g = thrower_outer()
next(g)
g.close()
print("closed through delegation")

def returns_stopiteration():
    yield 1
    return (1, 2)
def take():
    value = yield from returns_stopiteration()
    print("delegated value", value)
list(take())
