# Builtin methods, builtin classes and builtins that run Python code from a traced loop: a key's
# __eq__ inside list.index and dict.get, a genexpr consumed by str.join and list(), __int__, __abs__
# and __lt__ of user objects (int, abs, max), eval of a local name. The Python code reads the loop's locals and line
# through sys._getframe(1) every iteration: the values are those of that iteration.
import sys

def caller_state(name):
    f = sys._getframe(2)
    return f.f_locals.get(name, -1), f.f_lineno - f.f_code.co_firstlineno

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        v, line = caller_state("s")
        SEEN.append((v, line))
        return isinstance(other, Key) and other.k == self.k
    def __hash__(self):
        return hash(self.k)

SEEN = []

def list_index(n):
    keys = [Key(j) for j in range(3)]
    s = 0
    t = 0
    for i in range(n):
        s += i
        t += keys.index(Key(i % 3))
    return t, SEEN[-1], len(SEEN)

def dict_get(n):
    d = {Key(j): j for j in range(3)}
    s = 0
    t = 0
    for i in range(n):
        s += 2
        t += d.get(Key(i % 3), 0)
    return t, SEEN[-1], len(SEEN)

def join_genexpr(n):
    s = 0
    out = 0
    for i in range(n):
        s = i * 2
        out += len(",".join(str(sys._getframe(1).f_locals["s"]) for _ in range(2)))
    return out, s

def list_of_genexpr(n):
    s = 0
    t = 0
    for i in range(n):
        s = i
        t += sum(list(sys._getframe(1).f_locals["s"] for _ in range(2)))
    return t

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return caller_state("s")[0] + self.v
    def __abs__(self):
        return caller_state("s")[0] % 7
    def __lt__(self, other):
        return caller_state("s")[0] % 2 == 0

def int_of_user(n):
    x = Num(1)
    s = 0
    t = 0
    for i in range(n):
        s = i
        t += int(x)
    return t

def abs_max_of_user(n):
    x = Num(1)
    y = Num(2)
    s = 0
    t = 0
    for i in range(n):
        s = i
        t += abs(x) + max(x, y).v
    return t

def eval_local(n):
    t = 0
    for i in range(n):
        t += eval("i")
    return t

print(list_index(3000))
SEEN.clear()
print(dict_get(3000))
print(join_genexpr(3000))
print(list_of_genexpr(3000))
print(int_of_user(3000))
print(abs_max_of_user(3000))
print(eval_local(3000))
