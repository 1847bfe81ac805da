# Subclasses of int, float and str reaching arithmetic, comparison and dict sites in hot loops:
# their overridden methods must run, and results keep the right type.

class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __lt__(self, o):
        return False

class MyFloat(float):
    def __mul__(self, o):
        return "mul"

class MyStr(str):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7

class Sub(int):
    pass


def main():
    acc = 0
    vals = [1] * 2000 + [MyInt(1)] * 1000
    for v in vals:
        acc = v + acc
    print(acc, type(acc).__name__)
    n = 0
    for i in range(3000):
        v = MyInt(i) if i >= 2000 else i
        if v < 5:
            n += 1
    print(n)
    res = []
    for i in range(3000):
        f = MyFloat(2.0) if i % 1000 == 999 else 2.0
        res.append(f * 3)
    print(res.count("mul"), res[0])
    d = {"a": 1, "b": 2}
    hits = 0
    for i in range(3000):
        k = MyStr("zz") if i >= 2900 else "a"
        if k in d:
            hits += 1
    print(hits)
    b = 0
    for i in range(3000):
        b += True + (i % 2 == 0)
    print(b, type(True + True).__name__)
    s = 0
    for i in range(3000):
        s = s + Sub(i)
    print(s, type(s).__name__, type(Sub(3) + Sub(4)).__name__, type(-Sub(3)).__name__)


main()
