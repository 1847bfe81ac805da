# Instances a loop makes and drops in the same iteration (vector temporaries) are not allocated by
# the trace; an exit that needs one builds it with the attributes it had at that point.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def total(n, a, b):
    s = 0.0
    for i in range(n):
        d = (a - b).scale(i * 0.5) + a
        s += d.dot(b)
    return s


a = Vec(1.0, 2.0, 3.0)
b = Vec(0.5, -1.0, 2.0)
print("sum", total(3000, a, b))


# an argument of another type partway: the exit leaves inside __init__ with self half built
def mixed(items, b):
    out = 0.0
    kept = []
    for i in range(len(items)):
        x = items[i]
        v = Vec(x, x * 2, 1.0)
        if type(x) is int:
            kept.append((v.x, v.y, v.z, sorted(vars(v))))
        out += v.dot(b)
    return out, kept


items = [i * 0.25 for i in range(3000)]
items[1500] = 7
items[2900] = 11
print("mixed", mixed(items, b))


# the temporary escapes on some iterations only
def escapes(n, a):
    seen = []
    acc = 0.0
    for i in range(n):
        t = a.scale(i)
        if i % 1000 == 999:
            seen.append(t)
        acc += t.x
    return acc, [(s.x, s.y, s.z) for s in seen], seen[0] is seen[0], type(seen[-1]).__name__


print("escapes", escapes(3000, a))


# a temporary the exit names twice (a local and an argument) is one object after the exit
def twice(n, a):
    for i in range(n):
        t = a.scale(i * 1.0)
        u = t
        if i == 2500:
            return t is u, t.x, u.z
    return None


print("twice", twice(3000, a))


# stored into another instance: the inner one stays an object
class Ray:
    def __init__(self, o, d):
        self.o = o
        self.d = d


def rays(n, a, b):
    last = None
    s = 0.0
    for i in range(n):
        r = Ray(a, b.scale(i))
        s += r.d.x
        if i == 2999:
            last = r
    return s, last.d.x, last.o is a


print("rays", rays(3000, a, b))


# a float the exit names both as a local and as the half-built instance's attribute
class Acc:
    def __init__(self, v):
        self.v = v
        self.w = v + 1.0


def same_float(n):
    for i in range(n):
        x = i * 0.5
        acc = Acc(x)
        if i == 2200:
            return acc.v is x, acc.v, acc.w
    return None


print("same float", same_float(3000))
