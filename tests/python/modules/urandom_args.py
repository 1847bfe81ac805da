# os.urandom's argument handling (os_urandom_impl): one positional size, a C ssize_t, never
# negative; the bytes themselves are random, so only their lengths and types are printed.
import os

for size in (0, 1, True, 7, 100000):
    b = os.urandom(size)
    print(size, type(b).__name__, len(b))

for call in (lambda: os.urandom(size=3), lambda: os.urandom(), lambda: os.urandom(1, 2),
             lambda: os.urandom(-1), lambda: os.urandom(1.5), lambda: os.urandom("a"),
             lambda: os.urandom(2 ** 63), lambda: os.urandom(2 ** 64), lambda: os.urandom(-2 ** 70)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(os.urandom(16) != os.urandom(16))
