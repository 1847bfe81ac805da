# A loop body that runs no Python code reads a closure cell, an attribute, a list item, a global
# function and a function's code once per entry: each is changed between entries (and, in the
# second half, by a call inside the loop, which keeps the reads in the loop).
class Scale:
    def __init__(self):
        self.k = 2


def double(v):
    return v * 2


def triple(v):
    return v * 3


def make(n):
    step = 1
    sc = Scale()
    table = [5, 6]

    def inner():
        t = 0
        for i in range(n):
            t += step + sc.k + table[0] + double(i)
        return t

    def bump(i):
        nonlocal step
        if i == n // 2:
            step = 100
            sc.k = 100
            table[0] = 100

    def noisy():
        t = 0
        for i in range(n):
            t += step + sc.k + table[0]
            bump(i)
        return t

    def rebind(v):
        nonlocal step
        step = v
    return inner, noisy, rebind, sc, table


inner, noisy, rebind, sc, table = make(3000)
print(inner())
rebind(10)
print(inner())
sc.k = 20
print(inner())
table[0] = 30
print(inner())
table.insert(0, -1)
print(inner())
saved = double
double = triple
print(inner())
double = saved
double.__code__ = triple.__code__
print(inner())
print(noisy(), noisy())
