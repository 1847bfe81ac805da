# Python code run by builtins and builtin methods of a traced loop, seen from inside and raising:
# objects with __format__ / __int__ / __gt__ that first appear late in builtin calls an inlined
# callee makes (str.format, int(), max(): traced there for str/int/float values; the user object
# sees the callee's frame and the loop's frame behind it, and raises there); a key's __eq__ raising
# inside list.index in the loop's own frame, caught (the traceback's lines printed) and uncaught.
import sys

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def peek():
    f = sys._getframe(2)
    g = f.f_back
    PEEKS.append((f.f_code.co_name, f.f_lineno, sorted((k, type(v).__name__) for k, v in f.f_locals.items()), g.f_code.co_name,
                  g.f_lineno, g.f_locals.get("i"), g.f_locals.get("t")))

class Peeker:
    def __format__(self, spec):
        peek()
        return "P"
    def __int__(self):
        peek()
        return 1000
    def __gt__(self, other):
        peek()
        if isinstance(other, int) and other == 2:
            raise ArithmeticError("late")
        return False

PEEKS = []

def fmt(k):
    return "<{}>".format(k)

def conv(x):
    return int(x)

def bigger(a, b):
    return max(a, b)

def late_user_objects(n):
    p = Peeker()
    # the user object is first met inside the callees: their guards on the values' classes fail there
    ks = list(range(n))
    xs = [j + 0.5 for j in range(n)]
    ys = list(range(n))
    for j in (777, 1777, 2777):
        ks[j] = xs[j + 1] = ys[j + 2] = p
    t = 0
    for i in range(n):
        t += len(fmt(ks[i]))
        t += conv(xs[i])
        try:
            t += bigger(i % 7, ys[i])
        except ArithmeticError as e:
            print("raised", i, e, tb_lines(e))
    return t, PEEKS

class Bad:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if self.v == 2800:
            raise KeyError(self.v)
        return other == "hit"

def raise_caught(n):
    t = 0
    for i in range(n):
        try:
            t += [1, 2, "hit"].index(Bad(i))
        except KeyError as e:
            print("loop raised", i, e, tb_lines(e))
        except ValueError:
            t += 1
    return t

def raise_uncaught(n):
    keys = [1, 2, 3]
    t = 0
    for i in range(n):
        t += keys.count(Bad(i))
    return t

print(late_user_objects(3000))
print(raise_caught(3000))
print(raise_uncaught(3000))
