# A receiver's class gets a method replaced mid-loop (from inside the loop and from outside
# between calls), one instance gets its __class__ changed, and a class gains an attribute that
# shadows an instance's: the traces and bridges that assumed the old methods must not run them.


class A:
    def __init__(self, v):
        self.v = v

    def f(self, x):
        return x + self.v


class B:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def f(self, x):
        return x * 2 - self.w


class C(B):
    def f(self, x):
        if x & 1:
            return x - self.v
        return x * 2 - self.w + 1


def b_patched(self, x):
    return x - 3 * self.v


def a_patched(self, x):
    return (x ^ self.v) + 1


def loop(objs, n, patch_at):
    t = 0
    k = len(objs)
    for i in range(n):
        if i == patch_at:
            B.f = b_patched
        o = objs[i % k]
        t = (t + o.f(i)) % 1000003
    return t


objs = [A(1), B(2), C(3), A(4)]
print(loop(objs, 4000, -1))
print(loop(objs, 4000, 2500))
print(loop(objs, 4000, -1))
A.f = a_patched
print(loop(objs, 4000, -1))
del B.f
B.f = lambda self, x: x // 2 + self.v
print(loop(objs, 4000, 100))


def switch_class(n):
    o = A(5)
    t = 0
    for i in range(n):
        if i == n // 2:
            o.__class__ = C
            o.w = 1
        t = (t + o.f(i)) % 1000003
    return t


print(switch_class(3000))
