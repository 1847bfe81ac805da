# __class__ assignment on an instance a traced loop reads: between calls, and inside the loop on
# a branch the recording did not take.
class A:
    def __init__(self):
        self.x = 1


class B:
    @property
    def x(self):
        return 50


class C:
    pass


def total(p, n):
    t = 0
    for i in range(n):
        t += p.x
    return t


def switching(p, n):
    t = 0
    for i in range(n):
        t += p.x
        if i == 200:
            p.__class__ = B
    return t


p = A()
print(total(p, 1500))
p.__class__ = B
print(total(p, 1500))
p.__class__ = C
print(total(p, 1500))
p.__class__ = A
print(total(p, 1500))
q = A()
print(switching(q, 400), type(q).__name__)
