# Calls from a hot loop: plain functions, methods, static/class methods, bound methods stored.

def add(a, b):
    return a + b

class K:
    base = 10
    def __init__(self):
        self.n = 0
    def inc(self, by):
        self.n += by
        return self.n
    @staticmethod
    def twice(x):
        return 2 * x
    @classmethod
    def plus_base(cls, x):
        return cls.base + x


def main():
    k = K()
    bound = k.inc
    s = 0
    for i in range(3000):
        s = add(s, i)
        k.inc(1)
        bound(2)
        s += K.twice(i) + k.twice(1) + K.plus_base(i) - k.plus_base(i)
    print(s, k.n)
    f = add
    r = 0
    for i in range(3000):
        r = f(r, 1)
        if i == 1500:
            f = lambda a, b: a - b
    print(r)


main()
