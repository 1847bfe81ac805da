# Specialized CALL forms (CALL_PY_EXACT_ARGS): calls in hot loops while the callee changes.
import sys


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def three(a, b, c=10):
    return a + b + c


def loop_rebind():
    global add
    total = 0
    for i in range(200):
        if i == 100:
            saved = add
            add = sub
        total += add(i, 1)
    add = saved
    return total


print("rebind", loop_rebind())


def loop_defaults():
    total = 0
    for i in range(200):
        if i == 50:
            three.__defaults__ = (1000,)
        if i == 150:
            three.__defaults__ = None
        try:
            total += three(i, 1)
        except TypeError as e:
            total -= 1
            if i == 150:
                print("defaults gone:", e)
        total += three(i, 1, 2)
    return total


print("defaults", loop_defaults())


def f2(a, b):
    return a * b


def g2(a, b):
    return a - b * 2


def g3(a, b, c):
    return a + b + c


def loop_code():
    total = 0
    for i in range(200):
        if i == 60:
            f2.__code__ = g2.__code__
        if i == 120:
            f2.__code__ = g3.__code__
        try:
            total += f2(i, 3)
        except TypeError as e:
            if i == 120:
                print("code swap:", e)
            total += 1
    return total


print("code", loop_code())


def wrong_counts():
    out = []
    for i in range(100):
        try:
            if i < 90:
                out.append(add(i, i))
            elif i < 95:
                out.append(add(i))
            else:
                out.append(add(i, i, i))
        except TypeError as e:
            out.append(str(e))
    return out[-12:]


for line in wrong_counts():
    print("counts", line)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


def methods():
    p = Point(3, 4)
    total = 0
    for i in range(300):
        if i == 100:
            Point.norm = lambda self: -1
        if i == 200:
            Point.norm = lambda self, extra: extra
        try:
            total += p.norm()
        except TypeError as e:
            if i == 200:
                print("method swap:", e)
            total += 1000
        total += p.scaled(2).x
    return total


print("methods", methods())


def bound_methods():
    p = Point(1, 2)
    m = p.scaled
    total = 0
    for i in range(100):
        total += m(i).y
        if i == 50:
            m = Point(5, 5).scaled
    try:
        m()
    except TypeError as e:
        print("bound:", e)
    return total


print("bound", bound_methods())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth", depth(300))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
for _ in range(3):
    try:
        depth(10000)
    except RecursionError as e:
        print("recursion:", e)
sys.setrecursionlimit(old)


def gen(n):
    for k in range(n):
        yield k * 2


def gens():
    total = 0
    for i in range(100):
        g = gen(3)
        total += sum(g)
        if i == 10:
            print(type(g).__name__)
    return total


print("gens", gens())


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def closures():
    total = 0
    for i in range(100):
        total += make_adder(i)(1)
    cell_fn = make_adder(7)
    for i in range(50):
        total += cell_fn(i)
    return total


print("closures", closures())


def outer_cell(a, b):
    def inner():
        return a * b
    a += 1
    return inner()


print("cells", sum(outer_cell(i, 2) for i in range(100)))


def frame_name(x):
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name, x


def frames():
    r = None
    for i in range(50):
        r = frame_name(i)
    return r


print("frames", frames())


def fails(x):
    if x == 40:
        raise ValueError("boom at %d" % x)
    return x


def traced():
    for i in range(50):
        try:
            fails(i)
        except ValueError as e:
            tb = e.__traceback__
            while tb is not None:
                print("tb", tb.tb_frame.f_code.co_name, tb.tb_lineno)
                tb = tb.tb_next


traced()


def kwcalls():
    total = 0
    for i in range(100):
        total += add(i, b=2) + add(a=1, b=i)
    return total


print("kw", kwcalls())


class Callable:
    def __call__(self, a, b):
        return a * b


def mixed():
    fs = [add, sub, Callable(), max, lambda a, b: a ** 2]
    total = 0
    for i in range(200):
        total += fs[i % 5](i, 3)
    return total


print("mixed", mixed())


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def classes():
    global Vec
    total = 0
    for i in range(300):
        if i == 100:
            Vec.__init__ = lambda self, x, y: setattr(self, "x", -x) or setattr(self, "y", y)
        if i == 150:
            Vec.__init__ = lambda self, x, y: 42
        if i == 200:
            del Vec.__init__
        if i == 250:
            Vec.__new__ = lambda cls, x, y: (x, y)
        try:
            v = Vec(i, 2)
            total += v[0] if type(v) is tuple else v.x
        except TypeError as e:
            if i in (150, 200):
                print("class:", e)
            total += 1
    return total


print("classes", classes())


class Args:
    def __init__(self, a, b=5):
        self.s = a + b


class Fin:
    def __init__(self, a):
        self.a = a

    def __del__(self):
        pass


class Meta(type):
    def __call__(cls, *args):
        return "meta" + str(len(args))


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class D(dict):
    def __init__(self, a):
        super().__init__(a=a)


def class_kinds():
    out = []
    for i in range(60):
        out.append(Args(i).s + Args(i, 1).s + Fin(i).a + D(i)["a"])
        out.append(WithMeta(i))
        try:
            Args()
        except TypeError as e:
            msg = str(e)
        try:
            Vec2(i) if i > 40 else Vec2(i, i)
        except TypeError as e:
            msg2 = str(e)
    print("kinds", out[-2:], msg, msg2)


class Vec2:
    def __init__(self, x, y):
        self.x = x


class_kinds()


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


sys.setrecursionlimit(300)
for _ in range(3):
    try:
        Deep(1000)
    except RecursionError as e:
        print("deep:", e)
sys.setrecursionlimit(old)
print("deep ok", Deep(50).child is not None)


class Bad:
    def __init__(self):
        raise ValueError("in init")


for i in range(30):
    try:
        Bad()
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
if names:
    print("bad init", names)


class WithDefaults:
    def m(self, a, b=2, c=3):
        return a * 100 + b * 10 + c


def with_defaults():
    w = WithDefaults()
    three.__defaults__ = (10,)
    out = []
    for i in range(120):
        if i == 40:
            WithDefaults.m.__defaults__ = (7, 8)
        if i == 80:
            WithDefaults.m.__defaults__ = (9,)
        try:
            out.append(w.m(1) + w.m(1, 5) + three(i, 2))
        except TypeError as e:
            out.append(str(e))
    return out[38:42] + out[78:82] + out[-2:]


print("with defaults", with_defaults())
