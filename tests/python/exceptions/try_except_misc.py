def classify(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
    except LookupError as e:
        return "LookupError subclass " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
    return "no error"

print(classify(lambda: 1 / 0))
print(classify(lambda: 1 % 0))
print(classify(lambda: 1.0 / 0))
print(classify(lambda: divmod(1, 0)))
print(classify(lambda: int("abc")))
print(classify(lambda: [][1]))
print(classify(lambda: {}[1]))
print(classify(lambda: None + 1))
print(classify(lambda: None))

# Catching with a tuple stored in a variable.
errors = (KeyError, AttributeError)
try:
    object().x
except errors as e:
    print("tuple var caught", type(e).__name__)

# Handler type expression evaluated lazily.
def get_type():
    print("evaluating handler type")
    return ValueError
try:
    raise ValueError
except get_type():
    print("caught")
try:
    pass
except get_type():
    print("unreachable")
print("no evaluation when nothing raised")

try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Exceptions can be caught after being stored and re-raised elsewhere.
saved = None
try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print("re-raised saved", e is saved)
