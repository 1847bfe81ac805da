# A binary or in-place operator dunder set to None is called and raises (CPython's
# vectorcall_maybe): __iadd__ = None blocks the fallback to __add__, __add__ = None the reflected try.
class A:
    def __add__(self, o): return "add"
class B(A):
    __iadd__ = None
class C:
    __add__ = None
    def __radd__(self, o): return "radd"
class D:
    __radd__ = None
class E:
    __mul__ = None
def show(label, f):
    try: print(label, f())
    except TypeError as e: print(label, "TypeError", e)
def iadd(x):
    x += 1
    return x
show("B += 1", lambda: iadd(B()))
show("A += 1", lambda: iadd(A()))
show("C + 1", lambda: C() + 1)
show("1 + C", lambda: 1 + C())
show("1 + D", lambda: 1 + D())
show("D + 1", lambda: D() + 1)
show("E * 2", lambda: E() * 2)
show("2 * E", lambda: 2 * E())
show("C + C", lambda: C() + C())
# The same in a loop (the JIT's traces of user operators).
total = []
for i in range(300):
    try:
        total.append(iadd(B()))
    except TypeError as e:
        total.append(str(e))
    total.append(1 + C())
print(len(total), total[:3], total[-2:])
