# One type check per object per stretch of the trace: a call between two attribute reads of the
# same object may assign its __class__, so the reads after the call are checked again.
class A:
    def __init__(self):
        self.x = 1.5
        self.y = 2.5


class B(A):
    y = property(lambda self: 100.0)


class Switch:
    def __init__(self, o, cls):
        o.__class__ = cls


def run(k, n=3000):
    o = A()
    classes = [A] * k + [B] * (n - k)
    t = 0.0
    for i in range(n):
        a = o.x + o.y
        Switch(o, classes[i])
        t += a + o.y + o.x
    return t, type(o).__name__


print(run(3000))
print(run(2500))
print(run(2999))
print(run(0))
