def worker():
    try:
        while True:
            try:
                x = yield
                print("working on", x)
            except ValueError as e:
                print("recovered from", e)
                yield "recovery"
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("send after close -> StopIteration")

def uncaught():
    yield 1
    yield 2
u = uncaught()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()

# Throw into a generator that has not started.
def not_started():
    print("never runs")
    yield
g = not_started()
try:
    g.throw(IndexError("first"))
except IndexError as e:
    print("unstarted throw", e)

# close() on an unstarted generator does nothing.
g = not_started()
g.close()
print("closed unstarted")

def returns_on_close():
    try:
        yield 1
    finally:
        return "finally-return"
g = returns_on_close()
next(g)
print(g.close())
