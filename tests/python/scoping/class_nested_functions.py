class Outer:
    factor = 3
    def method(self):
        def helper(v):
            return v * self.factor
        return [helper(i) for i in range(3)]
    @staticmethod
    def static():
        try:
            return factor
        except NameError as e:
            return "NameError: " + str(e)
    @classmethod
    def klass(cls):
        return cls.factor
print(Outer().method(), Outer.static(), Outer.klass())

def factory(n):
    class Made:
        size = n
        def get(self):
            return n, self.size
    return Made
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is not B, A.__qualname__)

def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
