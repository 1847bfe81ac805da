class C:
    cls_attr = "class"
c = C()
setattr(c, "x", 1)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "default"), hasattr(c, "x"), hasattr(c, "nope"))
delattr(c, "x")
print(hasattr(c, "x"))
setattr(C, "added", lambda self: "method")
print(c.added())
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Boom:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Boom(), "missing", None), getattr(len, "__name__"), getattr(1, "real"))
setattr(c, "with space", 1)
print(getattr(c, "with space"), c.__dict__)
