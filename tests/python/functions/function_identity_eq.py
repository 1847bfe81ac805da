def f():
    pass
g = f
print(f is g, f == g, f != (lambda: None), hash(f) == hash(g))
class C:
    def m(self):
        return 1
c = C()
print(c.m == c.m, C.m is C.m, c.m.__func__ is C.m, c.m != C().m)
print(C.m.__name__, c.m.__self__ is c, type(c.m).__name__, type(C.m).__name__)
bound = c.m
print(bound(), C.m(c))
print(len.__name__, len.__self__ is not None, type(len).__name__, [].append.__name__, type([].append).__name__)
print(str.upper.__name__, type(str.upper).__name__, type("".upper).__name__, type(dict.fromkeys).__name__)
