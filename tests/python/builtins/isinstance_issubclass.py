print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)), isinstance("s", str), isinstance([], list))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(list, object))
print(isinstance(1, ()), issubclass(int, ()), isinstance(1, (((int,),),)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, B))
print(isinstance(1, int | str), issubclass(bool, int | None))
for thunk in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, [int]), lambda: issubclass(int)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
