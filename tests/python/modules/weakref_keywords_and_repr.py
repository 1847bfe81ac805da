# weakref.ref refuses keywords in __init__ (a subclass's own __init__ may take them), and its
# repr looks the referent's __name__ up on the type: an instance __getattr__ is not asked.
import weakref


class C:
    pass


c = C()
for call in (lambda: weakref.ref(c, callback=None), lambda: weakref.ref(c, foo=1),
             lambda: weakref.proxy(c, callback=None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Keyed(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra


k = Keyed(c, key=3)
print(type(k).__name__, k() is c, k.extra)
print(weakref.ref.__new__(weakref.ref, c, callback=None)() is c)


class MyConfig(dict):
    def __getattr__(self, name):
        return self[name]


m = MyConfig(offset=5)
r = weakref.ref(m)
print(repr(r).split(";")[1].split(" at ")[0], str(r).endswith(">"))


def func():
    pass


class Named:
    __name__ = "a class attribute"


n = Named()
for ob in (func, C, n, m):
    text = repr(weakref.ref(ob))
    print(text[text.index(";"):].split(" at ")[0], text[text.rindex(" at ") + 4:].split(" ", 1)[-1] if "(" in text else ">")
