# __class__ assignment on instances a traced loop creates and reads (the shape stays, the type
# changes), and a __slots__ class instantiated in the loop.
class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

class B:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x * 100

class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

def run(n):
    s = 0
    for i in range(n):
        o = A(i)
        if i % 500 == 499:
            o.__class__ = B
        s = s + o.get()
    return s

def slots(n):
    s = 0
    for i in range(n):
        o = S(i, 2)
        s = s + o.a * o.b
    return s

print(run(2000))
print(slots(2000))
