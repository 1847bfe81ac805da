# The right operand becomes an instance of a subclass with its own __radd__ at the 1000th
# iteration (CPython tries the subclass's reflected method first), or another user class: the
# trace's guards on the right operand's type must leave; and a dunder that rebinds its operand.
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return A(self.v + o.v)

class B(A):
    def __radd__(self, o):
        return A(o.v * 100 + self.v)

class C:
    def __init__(self, v):
        self.v = v

class D:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        o = D(o) if not isinstance(o, D) else o
        return D(self.v + o.v)

def run(n, k, cls):
    acc = A(0)
    for i in range(n):
        o = A(1) if i != k else cls(5)
        acc = acc + o
    return acc.v

def rebinds(n):
    acc = D(0)
    for i in range(n):
        acc = acc + (D(1) if i % 2 else 1)
    return acc.v

print(run(2000, 1000, B))
print(run(2000, 1000, C))
print(run(2000, 0, B))
print(rebinds(2000))
