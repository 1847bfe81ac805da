# Generators with finally blocks: those that finish (every @contextmanager's) need no finalizer;
# those abandoned while suspended are closed by gc.collect(), however many were made before and
# after them, and a suspended one a global holds is closed at exit.
import gc
from contextlib import contextmanager

closed = []


@contextmanager
def cm(n):
    try:
        yield n
    finally:
        closed.append(("cm", n))


total = 0
for i in range(1000):
    with cm(i) as v:
        total += v
print(total, len(closed), closed[-1])
closed.clear()


def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        closed.append(("gen", n))


abandoned = [gen(i) for i in range(100)]
for g in abandoned:
    next(g)
for i in range(10):
    list(gen(1000 + i))
print(len(closed))
closed.clear()
del abandoned, g
gc.collect()
print(len(closed), sorted(n for _, n in closed) == list(range(100)))
closed.clear()


def holder():
    g = gen(-1)
    next(g)
    return 0


holder()
unstarted = gen(-2)
del unstarted
gc.collect()
print(sorted(closed))



def loud():
    try:
        yield 1
    finally:
        print("closed at exit")


kept = loud()
next(kept)
print("end")
