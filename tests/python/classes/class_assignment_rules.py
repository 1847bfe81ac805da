# __class__ assignment: which changes CPython allows (object_set_class, compatible_for_assignment)
class C: pass
class C2(C): pass
class D: pass
class S:
    __slots__ = ('a',)
class S2(S):
    __slots__ = ()
class T:
    __slots__ = ('a',)
class U:
    __slots__ = ('b',)
class L(list): pass


def attempt(o, t):
    try:
        o.__class__ = t
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)


attempt(object(), C)
attempt(C(), D)
attempt(C(), C2)
attempt(C2(), D)
attempt(C(), S)
attempt(S(), C)
attempt(S(), S2)
attempt(S(), T)
attempt(S(), U)
attempt(C(), L)
attempt(L(), C)
attempt(C(), int)
attempt(C(), object)
attempt(1, C)
attempt(C(), 5)
attempt([], L)
attempt(C(), None)

# the instance really changes type, and keeps its attributes
class P:
    def who(self): return "P"
class Q:
    def who(self): return "Q"
p = P()
p.x = 5
for i in range(2000):
    p.__class__ = Q if i % 2 == 0 else P
    assert p.who() == ("Q" if i % 2 == 0 else "P")
print(type(p).__name__, p.x, p.who())
s = S()
s.a = 7
s.__class__ = T
print(type(s).__name__, s.a)
