# __slots__ members: storage per member index, inheritance, layout conflicts,
# deletion, __class__ assignment between compatible layouts, descriptors used directly.

class A:
    __slots__ = ('b', 'a', '__c')

    def __init__(self):
        self.a = 1
        self.b = 2
        self.__c = 3

    def c(self):
        return self.__c


print(list(A.__dict__)[:5])
x = A()
print(x.a, x.b, x.c(), x._A__c)
print(A.a, A.b.__name__, repr(A._A__c))


class B(A):
    __slots__ = ('d',)


y = B()
y.d = 4
print(y.a, y.b, y.c(), y.d)
del y.a
try:
    y.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del y.a
except AttributeError as e:
    print("AttributeError:", e)
y.a = 10
print(y.a)


class P:
    pass


class C(P, B):
    pass


print(C.__base__.__name__, C.__mro__[1].__name__)
z = C()
z.d = 5
z.a = 6
z.extra = 7
print(z.d, z.a, z.extra, sorted(z.__dict__))


class D(A):
    __slots__ = ('e',)


for bases in ((B, D), (D, B), (A, list), (dict, A)):
    try:
        type('X', bases, {})
        print("made", [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], "TypeError:", e)


class E(B, A):
    __slots__ = ('f',)


e = E()
e.f = 1
e.d = 2
e.a = 3
print(e.f, e.d, e.a)


# Two classes with the same slots in another order share a layout.
class S1:
    __slots__ = ('x', 'y')


class S2:
    __slots__ = ('y', 'x')


s = S1()
s.x, s.y = 'x', 'y'
s.__class__ = S2
print(type(s).__name__, s.x, s.y)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)

# The descriptor applied by hand, to a subclass instance and to a wrong one.
print(A.a.__get__(y), A.b.__get__(None, A) is A.b)
A.a.__set__(y, 99)
print(y.a)
try:
    A.a.__get__(s)
except TypeError as e:
    print("TypeError:", e)
A.a.__delete__(y)
print(hasattr(y, 'a'))


# A member shadowed by a subclass's property, and a subclass's plain attribute of the same name.
class F(A):
    @property
    def a(self):
        return 'prop'

    @a.setter
    def a(self, v):
        A.a.__set__(self, v * 2)


f = F()
print(f.a, A.a.__get__(f))


class G(A):
    a = 'class value'


print(G().a)


# Members of a builtin subclass instance.
class L(list):
    __slots__ = ('tag',)


l = L([1, 2])
l.tag = 't'
print(l, l.tag)
del l.tag
print(hasattr(l, 'tag'))


# Loops reading and writing members (traced when the JIT is on).
class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


acc = Vec(0, 0)
for i in range(3000):
    acc = acc + Vec(i, 1)
print(acc.x, acc.y)


def unset_in_loop(n):
    out = []
    for i in range(n):
        v = Vec(i, i)
        if i % 700 == 699:
            del v.y
        try:
            out.append(v.y)
        except AttributeError as e:
            out.append(str(e))
    return out[-3:], len(out)


print(unset_in_loop(2100))


def poly(n):
    class Q(Vec):
        __slots__ = ('z',)
    objs = [Vec(1, 2), Q(3, 4), Vec(5, 6)]
    objs[1].z = 0
    t = 0
    for i in range(n):
        o = objs[i % 3]
        t += o.x * o.y
        o.x = o.x + 1 - 1
    return t


print(poly(3000))
