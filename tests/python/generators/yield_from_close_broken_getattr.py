# close() of a generator inside yield from: a subiterator whose attribute lookup fails is reported
# through sys.unraisablehook and the generator still closes; send/throw let the error out
import sys

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def __getattr__(self, attr):
        1/0

def g():
    try:
        yield from Broken()
    finally:
        print("  g's finally ran")

seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__))

gi = g()
print(next(gi))
print("close ->", gi.close(), seen, gi.gi_frame)

for how in ("send", "throw"):
    gi = g()
    next(gi)
    try:
        gi.send(1) if how == "send" else gi.throw(AttributeError)
    except ZeroDivisionError as e:
        print(how, "ZeroDivisionError", e)
    print(how, "frame still suspended:", gi.gi_frame is not None)
    gi.close()
    print(how, "closed, unraisable reports:", len(seen))
