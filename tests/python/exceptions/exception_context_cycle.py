def f():
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            try:
                raise a
            except ValueError as again:
                return again, b
a, b = f()
print(repr(a), repr(a.__context__), repr(b.__context__))
print(a.__context__ is b, b.__context__ is a)

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise e
except KeyError as e:
    print("same object re-raised:", repr(e), e.__context__)

e1 = ValueError("self")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("no self context:", e.__context__)
