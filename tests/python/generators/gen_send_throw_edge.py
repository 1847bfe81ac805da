def g():
    try:
        x = yield 1
        print("received", x)
        y = yield 2
        print("received", y)
    except ValueError as e:
        print("caught inside", e)
        yield "after ValueError"
    finally:
        print("finally")

it = g()
print(next(it))
print(it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stopped")

it = g()
print(next(it))
try:
    it.throw(TypeError, TypeError("typed"), None)
except TypeError as e:
    print("propagated", e)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is not None:
            n += cmd
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send(10), c.send("reset"), next(c))

def gen_returns_in_finally():
    try:
        yield 1
    finally:
        print("cleanup on close")
x = gen_returns_in_finally()
next(x)
x.close()
x.close()
print(x.gi_frame)

def throws_stopiteration_out():
    yield 1
    return 42
y = throws_stopiteration_out()
next(y)
try:
    y.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    y.throw(KeyError("after done"))
except KeyError as e:
    print("throw into finished generator raises", repr(e))
