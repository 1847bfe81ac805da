# Compile-time warnings of the main program itself: shown on stderr before it runs, once each
# (the DeprecationWarning for the invalid escape is filtered out by default: its module is the
# file name, not __main__).
x = 1
print(x is 1, x is not "a")
pattern = "\d+"
try:
    (1, 2)(3)
except TypeError as e:
    print(type(e).__name__, e)
assert (x, "always true")
print([1, 2][0], pattern)
