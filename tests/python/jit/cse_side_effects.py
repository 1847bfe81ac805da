# Repeated reads that must not be merged: properties with side effects, attributes changed by a
# call in between, dict lookups that call user __hash__/__eq__.
class P:
    def __init__(self):
        self.n = 0
    @property
    def tick(self):
        self.n += 1
        return self.n
p = P()
s = 0
for i in range(3000):
    s += p.tick + p.tick - p.tick
print(s, p.n)
class Q:
    def __init__(self):
        self.v = 1
    def bump(self):
        self.v += 1
        return 0
q = Q()
t = 0
for i in range(3000):
    t += q.v + q.bump() + q.v
print(t, q.v)
class K:
    hashes = 0
    eqs = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        K.hashes += 1
        return self.v % 10
    def __eq__(self, o):
        K.eqs += 1
        return self.v == o.v
d = {K(i): i for i in range(10)}
k = K(3)
r = 0
for i in range(3000):
    r += d[k] + d[k]
print(r, K.hashes, K.eqs > 0)
lst = [1, 2, 3]
w = 0
def mutate():
    lst[0] += 1
    return 0
for i in range(3000):
    w += lst[0] + mutate() + lst[0]
print(w, lst)
