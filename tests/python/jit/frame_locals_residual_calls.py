# Python code that a trace calls without inlining it reads the loop's locals through
# sys._getframe(1).f_locals every iteration: a class's __init__, a generator the loop consumes, a
# lambda made in the loop, a generator function's call. The values are those of that iteration.
import sys

class Peek:
    def __init__(self, name):
        self.v = sys._getframe(1).f_locals[name]

def peeking_gen(n):
    for i in range(n):
        yield sys._getframe(1).f_locals.get("acc", -1)

def class_calls(n):
    s = 0
    t = 0
    for i in range(n):
        s += i
        t += Peek("s").v
    return t

def generator_items(n):
    acc = 0
    total = 0
    for seen in peeking_gen(n):
        total += seen
        acc += 3
    return total

def made_lambdas(n):
    s = 0.5
    t = 0.0
    for i in range(n):
        s += 1.0
        f = lambda: sys._getframe(1).f_locals["s"]
        t += f()
    return t

print(class_calls(3000))
print(generator_items(3000))
print(made_lambdas(3000))
