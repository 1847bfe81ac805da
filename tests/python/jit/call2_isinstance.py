# isinstance() in traced loops (CALL_NO_KW_ISINSTANCE): a constant answer under a guard on the
# object's type, for classes, builtin types and tuples of them; the object's type changing after
# the loop is hot (a subclass, an unrelated class, a class whose __class__ is a property), an ABC
# (its __instancecheck__ runs), the class rebound as a global mid-loop, a class's bases changed.
import collections.abc

class A:
    pass

class B(A):
    pass

class C:
    pass

class Liar:
    @property
    def __class__(self):
        return A

def kinds(n):
    counts = [0, 0, 0, 0, 0]
    objs = [A(), B(), C(), Liar(), {}, [], 3, "s", None, True, 2.5, (1,)]
    NoneType = type(None)
    for i in range(n):
        x = objs[(i // 700) % len(objs)]
        if isinstance(x, A):
            counts[0] += 1
        if isinstance(x, (dict, list)):
            counts[1] += 1
        if isinstance(x, int):
            counts[2] += 1
        if isinstance(x, collections.abc.Sequence):
            counts[3] += 1
        if isinstance(x, (str, (float, NoneType))):
            counts[4] += 1
    return counts

def same_type(n):
    t = 0
    x = B()
    for i in range(n):
        if i == 2000:
            x = C()
        if isinstance(x, A):
            t += 1
    return t

def rebound(n):
    global A
    keep = A
    t = 0
    x = keep()
    for i in range(n):
        if i == 1500:
            A = C
        if isinstance(x, A):
            t += 1
    A = keep
    return t

class R:
    pass

class D(R):
    pass

class E(R):
    pass

def bases_change(n):
    t = 0
    x = E()
    for i in range(n):
        if i == 1700:
            E.__bases__ = (D,)
        if isinstance(x, D):
            t += 1
    return t

print(kinds(12 * 700))
print(same_type(3000))
print(rebound(3000))
print(bases_change(3000))
