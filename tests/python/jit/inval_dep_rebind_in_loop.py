# A global used as a constant by a traced loop is rebound from inside that loop (through
# globals(), on a branch taken once), and a class attribute likewise: later iterations see it.
K = 1


def total(n):
    t = 0
    for i in range(n):
        t += K
        if i == 250:
            globals()["K"] = 1000
    return t


print(total(1500), K)
print(total(1500), K)


class P:
    def __init__(self):
        self.v = 2


def attr_total(p, n):
    t = 0
    for i in range(n):
        t += p.v
        if i == 250:
            P.v = property(lambda self: -1)
    return t


p = P()
print(attr_total(p, 1500))
print(attr_total(p, 1500))
del P.v
print(attr_total(p, 1500))
