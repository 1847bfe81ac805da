# An exception raised inside a function called from a traced loop: once from an exit inside
# the inlined callee, once from a callee whose recording aborted inside it (and a handler in
# the loop catches it). The uncaught traceback is tier 1's (the loop's and both callees' frames).

class Box:
    def __init__(self, v):
        self.v = v

def inner(b):
    return b.v + 1

def outer(b):
    return inner(b) * 2

def loop(boxes):
    s = 0
    for i in range(len(boxes)):
        s = s + outer(boxes[i])
    return s

good = [Box(i) for i in range(100)]
bad = [Box(i) for i in range(100)]
bad[70] = Box("x")
print(loop(good))
try:
    loop(bad)
except TypeError as e:
    print("TypeError", e)

def raiser(x):
    if x > 2:
        raise ValueError("boom " + str(x))
    return x

def loop2(n):
    s = 0
    caught = 0
    for i in range(n):
        try:
            s = s + raiser(i)
        except ValueError as e:
            caught = caught + 1
    return s, caught

print(loop2(50))
loop(bad)
