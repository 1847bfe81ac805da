# Bridges grown from exits inside calls the trace inlined: a branch of a method, an __init__, an
# operator dunder or a function two calls deep goes the other way than recorded, often enough to
# grow a bridge that starts inside the callee's frame (re-created by the exit) and returns through
# its callers to the loop. Values, attributes, classes and identities must be tier 1's.


class Point:
    def __init__(self, t):
        if t % 3 == 0:
            self.x = t * 0.5
        else:
            self.x = -t * 0.25
        self.y = t % 7
        self.z = t * 1.0

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def follow(self, other):
        if other.x > self.x:
            self.x += 1.0
        else:
            self.x -= 0.5
        if other.y > self.y:
            self.y += 1
        return self

    def bump(self, k):
        if k % 4 == 1:
            self.y += 1
        else:
            self.z -= 0.5


class Vec:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __add__(self, other):
        if other.a < 0:
            return Vec(self.a - other.a, self.b)
        return Vec(self.a + other.a, self.b + other.b)


def wave(i):
    # up and down in runs of different lengths, so branches flip back and forth
    return (i * 37) % 101 - (i % 13) * 3


def fold_points(n):
    pts = [Point(wave(i)) for i in range(n)]
    best = pts[0]
    first = best
    for p in pts[1:]:
        best = best.maximize(p)
    print(best is first, type(best).__name__, best.x, best.y, best.z, sorted(vars(best)))
    walker = Point(1)
    for p in pts:
        walker = walker.follow(p)
    print(walker.x, walker.y, walker.z, walker.__class__.__name__, vars(walker))


def build_points(n):
    made = []
    total = 0.0
    for i in range(n):
        p = Point(i)
        total += p.x + p.y
        if i % 500 == 0:
            made.append(p)
    print(total, [(q.x, q.y, q.z) for q in made[:4]], type(made[-1]).__name__, made[-1].__dict__)


def bump_all(n):
    p = Point(5)
    for k in range(n):
        p.bump(k)       # the result is dropped (CALL_PY_EXACT_ARGS_POP)
    print(p.y, p.z)


def add_vecs(n):
    v = Vec(0, 0)
    for i in range(n):
        w = Vec(i % 5 - 2, i)
        v = v + w
    print(type(v).__name__, v.a, v.b)


def leaf(i, acc):
    if i % 6 in (1, 4):
        return acc + i * 2
    return acc - 1


def middle(i, acc):
    return leaf(i, acc) + 1


def two_deep(n):
    acc = 0
    for i in range(n):
        acc = middle(i, acc)
    print(acc)


def risky(i, d):
    if i % 3 == 2:
        return 100 // d
    return i


def raising_arm(n):
    caught = 0
    s = 0
    for i in range(n):
        d = 0 if i % 700 == 699 else 7
        try:
            s += risky(i, d)
        except ZeroDivisionError:
            caught += 1
    print(s, caught)


def unsupported_arm(n):
    # the rare arm has something the recorder refuses inside a call: the bridge recording aborts there
    out = []

    def note(i):
        if i % 10 == 1:
            out.append(i) if i % 1000 == 1 else None
            return max(i, 1, 2)
        return i

    s = 0
    for i in range(n):
        s += note(i)
    print(s, out[:3], len(out))


SCALE = 2


class Scaler:
    def apply(self, i):
        if i % 3 == 0:
            return i * SCALE    # the global is read (and assumed) only on this arm
        return i + 1


def rebound_in_bridge(n):
    # the arm's bridge assumes SCALE; rebinding it drops the bridge while its exit holds values
    global SCALE
    s = 0
    sc = Scaler()
    for i in range(n):
        if i == n // 2 or i == n - 100:
            SCALE += 3
        s += sc.apply(i)
    print(s, SCALE)


fold_points(4000)
build_points(3000)
bump_all(5000)
add_vecs(4000)
two_deep(5000)
raising_arm(5000)
unsupported_arm(5000)
rebound_in_bridge(6000)
