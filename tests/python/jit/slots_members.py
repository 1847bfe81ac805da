# __slots__ members read and written in hot loops: the trace reads the member array under the
# type's version; an unset member, another class, a class changed mid-loop or __class__
# assignment leaves the trace and tier 1 gives CPython's result.


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)


def accumulate(n):
    acc = Vec(0.0, 0.0)
    d = Vec(1.0, 2.0)
    for i in range(n):
        acc = acc + d * 0.5
    return acc.x, acc.y


print(accumulate(5000))


class Counter:
    __slots__ = ('n', 'step')


def count(n):
    c = Counter()
    c.n = 0
    c.step = 3
    for i in range(n):
        c.n += c.step
        if i == n - 10:
            c.step = 10 ** 20  # int overflow into a big integer mid-loop
    return c.n


print(count(4000))


def unset_member(n):
    seen = []
    for i in range(n):
        v = Vec(i, i)
        if i % 1000 == 999:
            del v.x
        try:
            seen.append(v.x)
        except AttributeError as e:
            seen.append(str(e))
    return seen[998:1001], seen[-1], len(seen)


print(unset_member(3000))


class Base:
    __slots__ = ('a',)

    def get(self):
        return self.a


class Sub1(Base):
    __slots__ = ('b',)


class Sub2(Base):
    __slots__ = ('c', 'd')


def polymorphic(n):
    objs = [Base(), Sub1(), Sub2(), Base()]
    for k, o in enumerate(objs):
        o.a = k
    total = 0
    for i in range(n):
        o = objs[i % 4]
        total += o.get()
        o.a = o.a + 1
    return total, [o.a for o in objs]


print(polymorphic(4000))


def class_changed_mid_loop(n):
    class P:
        __slots__ = ('v',)
    p = P()
    p.v = 1
    out = 0
    for i in range(n):
        out += p.v
        if i == n // 2:
            P.v = property(lambda self: 100)
    return out


print(class_changed_mid_loop(3000))


class S1:
    __slots__ = ('x', 'y')


class S2:
    __slots__ = ('y', 'x')

    @property
    def both(self):
        return self.x + self.y


def class_assigned_mid_loop(n):
    s = S1()
    s.x = 1
    s.y = 2
    t = 0
    for i in range(n):
        t += s.x * 10 + s.y
        if i == n // 2:
            s.__class__ = S2
            s.x = 5
    return t, type(s).__name__, s.both


print(class_assigned_mid_loop(3000))


def member_and_dict(n):
    class M:
        __slots__ = ('m', '__dict__')
    o = M()
    o.m = 0
    o.extra = 0
    for i in range(n):
        o.m += 1
        o.extra += 2
    return o.m, o.extra, o.__dict__


print(member_and_dict(3000))


def setattr_through_descriptor(n):
    o = Counter()
    o.n = 0
    desc = Counter.n
    for i in range(n):
        desc.__set__(o, desc.__get__(o, Counter) + 1)
        if i == n - 1:
            desc.__delete__(o)
    try:
        return o.n
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


print(setattr_through_descriptor(2000))


# Instances the trace keeps virtual, rebuilt by an exit with their members.
class Pt:
    __slots__ = ('x', 'y', 'tag')

    def __init__(self, x, y):
        self.x = x
        self.y = half(y)

    def __mul__(self, k):
        return Pt(self.x * k, self.y * k)

    def __add__(self, o):
        return Pt(self.x + o.x, self.y + o.y)


def half(y):
    if y == 7:
        raise ValueError('seven')
    return y / 2


def virtual_members(n):
    acc = Pt(0.0, 0.0)
    made = []
    for i in range(n):
        d = Pt(1.0, 2.0) if i % 500 != 499 else Pt(3, 2 ** 70)
        if i == n - 3:
            made.append(d)
            d.tag = i
        try:
            acc = acc + d * 0.5
        except ValueError as e:
            made.append(str(e))
        if i == n - 7:
            try:
                Pt(1.0, 7)
            except ValueError as e:
                made.append(('init', str(e)))
    last = made[-1]
    return acc.x, acc.y, len(made), last.x, last.y, last.tag, hasattr(Pt(0.0, 0.0), 'tag')


print(virtual_members(3000))
