print(getattr(5, "real"), getattr("abc", "upper")(), getattr([], "append").__name__ if False else "append")
print(hasattr(5, "bit_length"), hasattr("s", "nope"), hasattr(None, "__class__"), hasattr(type, "mro"))
print(getattr(int, "__name__"), getattr(str, "join")("-", "ab"), getattr(dict, "fromkeys")("ab"))
print(type(getattr(object(), "__class__")).__name__, getattr(3.5, "is_integer")(), getattr(1j, "imag"))
for obj, name in [(5, "nope"), ("s", "x"), (None, "y"), ([], "push")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    setattr([], "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(5, "real")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(str, "new_method", 1)
except TypeError as e:
    print(type(e).__name__, e)
