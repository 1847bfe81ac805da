x = "global"
class C:
    x = "class"
    y = x + " (seen in class body)"
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
    gen_first = [x + str(i) for i in range(2)]
print(C.y, C().method(), C().lam(), C.comp, C.gen_first)

def func():
    z = "func local"
    class Inner:
        w = z
        def m(self):
            return z
    return Inner.w, Inner().m()
print(func())

def class_reads_then_global():
    v = "enclosing"
    class K:
        try:
            print("in class body v =", v)
        except NameError as e:
            print("class body skips the enclosing function:", e)
        v = "class-level v"
        print("after assignment v =", v)
    return K.v
print(class_reads_then_global())

a = "global a"
def tricky():
    a = "enclosing a"
    class K:
        global a
        b = a
    return K.b
print(tricky())

class Counter:
    total = 0
    items = []
    for i in range(3):
        items.append(i * i)
        total += i
    del i
print(Counter.total, Counter.items, hasattr(Counter, "i"))

class Outer:
    value = 1
    class Nested:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Nested.seen)
