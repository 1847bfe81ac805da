# A metaclass's mro() decides __mro__ (CPython's mro_internal): when a class is made, when its
# __bases__ change (and for its subclasses), checked for non-classes and unsuitable layouts.
class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass

class Reversed(type):
    def mro(cls):
        order = type.mro(cls)
        order.reverse()
        return order
class X(D, B, C, A, metaclass=Reversed):
    pass
print([k.__name__ for k in X.__mro__], X().f())
print([k.__name__ for k in type.mro(X)])

# the class body's namespace and __class__ cell exist when mro() runs
seen = []
class Peek(type):
    def mro(cls):
        seen.append((cls.__mro__, sorted(k for k in cls.__dict__ if not k.startswith('__'))))
        cls.__dict__['hello']()
        return super().mro()
class P(metaclass=Peek):
    def hello():
        seen.append(__class__)
print(seen[0], seen[1] is P)

# any iterable of classes does
class TupleMro(type):
    def mro(cls):
        return (cls, int, object)
class I(int, metaclass=TupleMro):
    pass
print(I.__mro__ == (I, int, object), I(5) + 1)

# refused results
for result in ([1], 1, None):
    class Bad(type):
        def mro(cls, result=result):
            return result
    try:
        class Z(metaclass=Bad):
            pass
    except TypeError as e:
        print('TypeError', e)
class Layout(type):
    def mro(cls):
        return [cls, dict, object]
try:
    class Z(metaclass=Layout):
        pass
except TypeError as e:
    print('TypeError', e)

# re-basing runs mro() again with the new bases in place, for subclasses too
calls = []
class Log(type):
    def mro(cls):
        calls.append((cls.__name__, [b.__name__ for b in cls.__bases__]))
        return type.mro(cls)
class Q(metaclass=Log):
    pass
class R(Q):
    pass
class S(R):
    pass
class T:
    pass
calls.clear()
R.__bases__ = (Q, T)
print(calls, [k.__name__ for k in S.__mro__])

# an exception in mro() undoes the assignment
class Fail(type):
    armed = False
    def mro(cls):
        if Fail.armed:
            raise RuntimeError('no')
        return type.mro(cls)
class Root:
    pass
class U(Root, metaclass=Fail):
    pass
class V(Root):
    pass
Fail.armed = True
try:
    U.__bases__ = (V,)
except RuntimeError as e:
    print('RuntimeError', e, [k.__name__ for k in U.__bases__], [k.__name__ for k in U.__mro__])

# a class whose mro() is running has no __mro__ yet and cannot be subclassed
class Early(type):
    def mro(cls):
        if cls.__name__ == 'W':
            print('during', cls.__mro__)
            try:
                class Sub(cls):
                    pass
            except TypeError as e:
                print('TypeError', e)
        return type.mro(cls)
class W(metaclass=Early):
    pass
print([k.__name__ for k in W.__mro__])

# mro() that assigns __bases__ itself: the inner assignment stands, the outer takes no action
class Reenter(type):
    armed = False
    def mro(cls):
        if Reenter.armed and cls.__name__ == 'K':
            Reenter.armed = False
            K.__bases__ = (J2,)
        return type.mro(cls)
class J(metaclass=Reenter):
    pass
class J1(J):
    pass
class J2(J):
    pass
class K(J):
    pass
Reenter.armed = True
K.__bases__ = (J1,)
J1.__bases__ = (K,)
print([k.__name__ for k in K.__bases__], [k.__name__ for k in J2.__subclasses__()], J1.__subclasses__())
print([k.__name__ for k in J1.__mro__], [k.__name__ for k in K.__subclasses__()])
