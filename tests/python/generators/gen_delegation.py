# The yield-from delegation protocol: send/throw/close forwarded to the sub-iterator.
def inner():
    got = []
    try:
        while True:
            try:
                x = yield len(got)
                got.append(x)
                if x == "stop":
                    return got
            except ValueError as e:
                print("inner caught ValueError", e)
                got.append("VE")
    finally:
        print("inner finally", got)

def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield "after"
    return ("outer-ret", r2)

g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("v1")))
print(g.send("b"))
print(g.send("stop"))
try:
    g.send("last")
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

# close() on a delegating generator closes the inner one first
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 closed")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 closed")
g = outer2()
next(g)
g.close()
print(g.gi_frame, g.gi_running)

# throw(GeneratorExit) into a delegating generator closes the inner one and raises in the outer
def outer3():
    try:
        yield from inner2()
    except GeneratorExit:
        print("outer3 saw GeneratorExit")
        raise
g = outer3()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit propagated", repr(e))

# inner generator whose close() raises: the error propagates from the outer close
def bad_inner():
    try:
        yield 1
    finally:
        raise KeyError("from inner finally")
def outer4():
    yield from bad_inner()
g = outer4()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))

# delegation to an iterator with send/throw/close methods (not a generator)
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo-done")
        return ("next", self.n)
    def send(self, v):
        self.n += 1
        if v == "finish":
            raise StopIteration("finished-by-send")
        return ("send", v)
    def throw(self, *a):
        print("Echo.throw got", len(a), "args", [type(x).__name__ for x in a])
        if isinstance(a[0], KeyError) or a[0] is KeyError:
            return "swallowed"
        raise a[0]
    def close(self):
        print("Echo.close called")

def over_echo():
    r = yield from Echo()
    print("over_echo result", r)
    yield "end"

g = over_echo()
print(next(g))
print(g.send(10))
print(g.throw(KeyError("k")))
print(g.send("finish"))
g = over_echo()
next(g)
g.close()
g = over_echo()
next(g)
try:
    g.throw(IndexError("i"))
except IndexError as e:
    print("propagated", repr(e))
print(g.gi_frame)

# plain iterator without send: send(non-None) raises AttributeError
def over_list():
    yield from [1, 2]
g = over_list()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

# return value via StopIteration.value, including a StopIteration instance as return value
def ret(v):
    return v
    yield
def deleg(v):
    r = yield from ret(v)
    return r
for v in [None, 0, (1, 2), StopIteration("x")]:
    try:
        next(deleg(v))
    except StopIteration as e:
        print("value", repr(e.value), "args", repr(e.args))

# yield from an exhausted generator
def empty():
    return "E"
    yield
e = empty()
list(e)
def again():
    r = yield from e
    yield r
print(list(again()))

# gi_yieldfrom
def sub():
    yield 1
def top():
    yield from sub()
g = top()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
list(g)
print(g.gi_yieldfrom)
