# One call site dispatching over 20 classes (each with its own shape and method body): more
# receiver classes than bridges may grow. The loop is traced while it sees one class, then sees
# all 20: it must fall back to tier 1 for most of them (or entirely) and stay correct, also when
# the class order changes and a class's method is patched.

SOURCE = []
for k in range(20):
    fields = ["f%d_%d" % (k, j) for j in range(k % 5 + 1)]
    SOURCE.append("class K%d:" % k)
    SOURCE.append("    def __init__(self, v):")
    for j, name in enumerate(fields):
        SOURCE.append("        self.%s = v + %d" % (name, j))
    SOURCE.append("    def get(self, x):")
    if k % 3 == 0:
        SOURCE.append("        return x + self.%s" % fields[0])
    elif k % 3 == 1:
        SOURCE.append("        if x & 1:")
        SOURCE.append("            return x * 2 - self.%s + %d" % (fields[-1], k))
        SOURCE.append("        return x - %d" % k)
    else:
        SOURCE.append("        return (x ^ self.%s) + %d" % (fields[0], len(fields)))
exec("\n".join(SOURCE))
classes = [globals()["K%d" % k] for k in range(20)]


def spin(objs, n, warm):
    # `warm` iterations over the first object only: the trace is recorded for one class
    t = 0
    m = len(objs)
    for i in range(n):
        o = objs[0] if i < warm else objs[i % m]
        t = (t + o.get(i)) % 1000003
    return t


def walk(objs, n):
    # a while loop reading a different shape's attributes every iteration
    t = 0
    m = len(objs)
    i = 0
    while i < n:
        o = objs[i % m]
        t = (t + o.get(i)) % 1000003
        if i % 5 == 0:
            t = (t + o.get(t)) % 1000003
        i += 1
    return t


objs = [c(i) for i, c in enumerate(classes)]
print(spin(objs, 20000, 3000))
print(spin(objs[::-1], 20000, 3000))
print(spin(objs[:3] * 30 + objs, 20000, 100))
print(walk(objs, 10000))
classes[7].get = lambda self, x: -x
print(spin(objs, 20000, 5000))
print(walk(objs[5:] + objs[:5], 10000))
