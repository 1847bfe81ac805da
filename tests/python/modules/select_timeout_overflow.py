# select.select() refuses a timeout beyond 64-bit nanoseconds (CPython's _PyTime conversion), and
# os.system() wants a str, bytes or path-like command.
import os
import select

r, w = os.pipe()
for t in (1e300, 1e10, 2 ** 63 / 1e9, float("inf")):
    try:
        select.select([r], [], [], t)
    except OverflowError as e:
        print(t, type(e).__name__, e)
try:
    select.select([r], [], [], -1)
except ValueError as e:
    print(e)
print(select.select([r], [], [], 0))
os.write(w, b"x")
print(select.select([r], [], [], 1e9)[0] == [r])
try:
    os.system(5)
except TypeError as e:
    print(e)
