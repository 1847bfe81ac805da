# select.select() refuses a timeout beyond 64-bit nanoseconds (CPython's _PyTime conversion), and
# os.system() wants a str, bytes or path-like command; select reads a list fileno() shortens as CPython does.
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
# a list that fileno() shortens is read up to its length at each step, as CPython's seq2set reads it
import sys as _sys
shrinking = []
class Shrinks:
    def fileno(self):
        del shrinking[-1]
        return _sys.__stdout__.fileno()
shrinking[:] = [Shrinks()] * 10
r, w, x = select.select([], shrinking, [], 0)
print(len(w), w == shrinking[:5], len(shrinking))
print(select.select((), (), [], 0))
try:
    select.select([], [2**40], [])
except Exception as e:
    print(type(e).__name__, e)
try:
    select.select([], [5000], [])
except Exception as e:
    print(type(e).__name__, e)
try:
    select.select(5, [], [])
except Exception as e:
    print(type(e).__name__, e)
