# Instructions a recording meets on their first executions (a rare branch recorded as a bridge, a
# loop traced at threshold 1): global and attribute loads, attribute stores, operators on user
# classes, comparisons and calls specialized on the spot, then rebound or changed under the trace.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __lt__(self, other):
        return self.x < other.x


class W(V):
    pass


G = 10
LIMIT = V(100000)


def rare(i, v):
    w = v + V(G)
    w.tag = i
    if w < LIMIT:
        return w.x + len(str(i)) + w.tag
    return -w.x


total = 0
for i in range(6000):
    if i % 40 == 39:
        total += rare(i, V(i) if i < 3000 else W(i))
        if i == 2499:
            G = 20
        if i == 3999:
            LIMIT = V(0)
        if i == 4499:
            V.__add__ = lambda self, other: V(self.x - other.x)
    else:
        total += i
print(total)


def loads(objs):
    out = []
    for o in objs:
        out.append(o.x)
        out.append(type(o).__name__)
    return out


print(loads([V(1), V(2), W(3), V(4), W(5)]))
