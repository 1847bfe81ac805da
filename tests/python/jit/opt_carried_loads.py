# A place stored every iteration and read at the next (self.total += x, acc[0] += x) is read once
# per loop entry: the value read back must still be the one stored, also when the same object or
# list is written under another name, changed between entries, or holds another type later.
class Acc:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add_all(self, xs):
        for x in xs:
            self.total += x
            self.count += 1
        return self.total, self.count


def list_acc(xs, acc):
    for x in xs:
        acc[0] += x
        acc[1] = acc[0] * 0.5
    return acc


def aliased(xs, a, b):
    for x in xs:
        a.total += x
        b.total = b.total * 0.5
    return a.total, b.total


xs = [0.25 * (i % 7) for i in range(3000)]
a = Acc()
print(a.add_all(xs))
a.total = 10
print(a.add_all(xs))
a.total = 1.5
print(a.add_all(xs[:10]), a.add_all(xs))
mixed = xs[:2000] + [1] * 500 + [2.5] * 500
print(Acc().add_all(mixed))
print(list_acc(xs, [0.0, 0.0]))
acc = [0.0, 0.0, "x"]
print(list_acc(xs, acc))
acc[0] = 7
print(list_acc(xs, acc))
one = Acc()
print(aliased(xs, one, one), aliased(xs, Acc(), Acc()))
try:
    print(list_acc(xs[:2500] + [None] + xs[:10], [0.0, 0.0]))
except TypeError as e:
    print(type(e).__name__, e)
