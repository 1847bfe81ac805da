# The class's __init__ replaced mid-loop (the class's version changes: the trace must not run the
# old __init__), then __new__ added, then the class call's metaclass __call__ path: each gives
# tier 1's results.
class P:
    def __init__(self, x):
        self.x = x

def init2(self, x):
    self.x = -x

def new2(cls, x):
    o = object.__new__(cls)
    o.x = 1000
    return o

def run(n):
    s = 0
    for i in range(n):
        s = s + P(i).x
        if i == 1200:
            P.__init__ = init2
        if i == 1600:
            P.__new__ = new2
    return s

print(run(2000))

class Q:
    def __init__(self, x):
        self.x = x

def code_swap(n):
    s = 0
    for i in range(n):
        s = s + Q(i).x
        if i == 1100:
            Q.__init__.__code__ = init2.__code__
    return s

print(code_swap(2000))
