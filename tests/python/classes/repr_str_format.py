class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "polar":
            return "polar-form"
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

p = P(1.5, "s")
print(p)
print(repr(p))
print(str(p))
print([p], (p,), {"k": p})
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:polar}")
print(format(P(1.25, 2.5), ".1f"), "{:>6}".format(P(1, 2)) if False else "")
print("%s and %r" % (p, p))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), f"{OnlyStr()}")

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class NoFormatSpec:
    def __repr__(self):
        return "NFS"
try:
    format(NoFormatSpec(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(NoFormatSpec(), ""))

class Recursive:
    def __repr__(self):
        return "Recursive[" + repr(self.items) + "]"
r = Recursive()
r.items = [1, 2]
print(repr(r))
print(repr(int), repr(P), str(type(p)), repr(len))
