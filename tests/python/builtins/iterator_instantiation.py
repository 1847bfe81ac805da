# Builtin types with no __new__ of their own (iterators, dict views, generators) cannot be
# called: "cannot create 'X' instances" (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION), with or
# without arguments; object.__new__ called on one directly still says it is not safe.
import array

objects = [
    iter([]), iter(()), iter(range(3)), iter(range(1 << 70)), iter({}), iter({}.values()), iter({}.items()),
    iter(set()), iter(""), reversed([]), reversed(range(2)), {}.keys(), {}.values(), {}.items(),
    iter(bytearray()), iter(b""), (x for x in ()), iter(lambda: 0, 1), iter(array.array("i")),
]
for obj in objects:
    t = type(obj)
    for args in ((), (1,), ([],)):
        try:
            t(*args)
        except TypeError as e:
            print(t.__name__, len(args), e)
        else:
            print(t.__name__, len(args), "created")
    try:
        object.__new__(t)
    except TypeError as e:
        print(t.__name__, "object.__new__:", e)
    print(t.__name__, "__new__ is object's:", t.__new__ is object.__new__)
