# A traced loop calling Python functions inlined one to three frames deep, with
# defaults, a bound method kept in a local, and methods found on the instance's class.

def add1(x):
    return x + 1

def scale(x, k=3):
    return x * k

def two(x):
    return add1(x) + scale(x)

def three(x):
    return two(x) - add1(x)

class Acc:
    def __init__(self, base):
        self.base = base
        self.total = 0

    def bump(self, d):
        self.total = self.total + d + self.base
        return self.total

    def get(self):
        return self.total

def run(n):
    a = Acc(2)
    bump = a.bump
    s = 0
    for i in range(n):
        s = s + add1(i)
        s = s + scale(i) + scale(i, 2)
        s = s + three(i)
        a.bump(i)
        bump(1)
        s = s + a.get()
        if s > 1000000:
            s = s - 999983
    return s, a.total

# called from straight-line code: a traced loop here would nest run's calls one level deeper
print(0, run(0))
print(1, run(1))
print(5, run(5))
print(50, run(50))
print(500, run(500))
