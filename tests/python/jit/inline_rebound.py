# An inlined global function rebound in the middle of the loop, and a method replaced on the
# class (monkey-patched) in the middle of the loop: the trace must notice both.

def f(x):
    return x + 1

def g(x):
    return x * 2

class P:
    def m(self, x):
        return x - 1

def patched(self, x):
    return x + 100

def run(n):
    global f
    p = P()
    s = 0
    for i in range(n):
        s = s + f(i) + p.m(i)
        if i == 100:
            f = g
            P.m = patched
    return s

print(run(200))
print(run(200))
f = lambda x: x - 5
print(run(10))
