# A bound method (or any callable) stored on an instance and called through it in a traced loop
# (LOAD_ATTR_INSTANCE_VALUE in its method form, as pickle's self.write(...)): rebinding the
# attribute mid-loop, to another bound method or a lambda, gives CPython's results.
class Sink:
    def __init__(self):
        self.items = []
        self.write = self.items.append

    def emit(self, n):
        for i in range(n):
            if i == n // 2:
                self.write = self.double
            self.write(i)
        return len(self.items), sum(self.items)

    def double(self, x):
        self.items.append(2 * x)


class Plain:
    def __init__(self, f):
        self.f = f


def call_stored(n):
    p = Plain(abs)
    s = 0
    for i in range(n):
        s += p.f(-i)
        if i == n - 3:
            p.f = lambda x: 1
    return s


for n in (3000, 8, 3000):
    print(n, Sink().emit(n), call_stored(n))
