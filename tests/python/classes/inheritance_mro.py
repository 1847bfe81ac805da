class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), A.__bases__ == (object,))
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.__mro__])

try:
    class Bad(X, O, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(A, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(object.__mro__ == (object,), type.__mro__ == (type, object))
print(bool.__mro__ == (bool, int, object))
