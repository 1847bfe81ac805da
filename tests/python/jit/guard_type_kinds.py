# GUARD_TYPE meets objects of user classes of several Java layouts in one loop: plain instances,
# instances of int, float, str, list and tuple subclasses (not plain instances), and an instance
# whose __class__ is reassigned mid-loop; the guard must tell their types apart wherever the
# object is not a plain instance, and catch the reassignment where it is.
class P:
    def f(self):
        return 1

class Q:
    def f(self):
        return 2

class I(int):
    def f(self):
        return int(self) + 3

class F(float):
    def f(self):
        return 4

class S(str):
    def f(self):
        return len(self) + 5

class L(list):
    def f(self):
        return len(self) + 6

class T(tuple):
    def f(self):
        return len(self) + 7

class I2(int):
    def f(self):
        return -int(self)

def total(objs, n):
    t = 0
    for i in range(n):
        t += objs[i % len(objs)].f()
    return t

print(total([P()], 3000))
print(total([I(10)], 3000))
print(total([I(10), I2(10)], 3000))
print(total([P(), I(1), F(2.0), S("ab"), L([1]), T((1, 2, 3))], 3000))
print(total([F(1.5), S("x")], 3000))

def switch(n, k):
    p = P()
    t = 0
    for i in range(n):
        if i == k:
            p.__class__ = Q
        t += p.f()
    return t

print(switch(3000, 1500))
print(switch(3000, 2999))

def isinstances(objs, n):
    c = 0
    for i in range(n):
        o = objs[i % len(objs)]
        if isinstance(o, I):
            c += 1
        if isinstance(o, P):
            c += 10
    return c

print(isinstances([I(1), P(), 5, I2(3), Q()], 3000))
