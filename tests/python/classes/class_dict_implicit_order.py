# The entries type() adds to a new class's dict, in CPython's order.
class A:
    pass


class B(A):
    "documented"
    x = 1


class C:
    __slots__ = ("a",)


class D:
    __slots__ = ("a", "__weakref__")


class E(D):
    pass


for cls in (A, B, C, D, E):
    print(cls.__name__, list(cls.__dict__.keys()), cls.__doc__)
print('__weakref__' in dir(A), '__weakref__' in dir(C), '__weakref__' in dir(E))
