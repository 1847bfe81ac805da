# Methods of builtin types called in traced loops (CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O /
# _FAST and the array form): s.split(), x.startswith(y), d.get(k, 0), l.pop(), s.replace(a, b, n);
# the receiver's type changes after the loop is hot (a str subclass overriding a method, bytes
# for str, a list subclass), and a dict key's __eq__ reads its caller's line mid-loop.
import sys

def str_methods(n):
    c = 0
    s = "alpha beta, gamma"
    for i in range(n):
        parts = s.split()
        if s.startswith("al"):
            c = c + len(parts)
        c = c + s.find("a", 2, 9) + len(s.replace("a", "A", 1)) + s.count("a")
    return c

def pops(n):
    l = list(range(n))
    t = 0
    while l:
        t = t + l.pop()
    return t

def gets(n):
    d = {"a": 1, "b": 2}
    t = 0
    for i in range(n):
        t = t + d.get("a", 0) + d.get("z", 5)
    return t

class Loud(str):
    def upper(self):
        return "LOUD"

def receiver_changes(n):
    out = []
    for i in range(n):
        s = "ab" if i < 1000 else Loud("ab") if i < 2000 else b"ab"
        u = s.upper()
        if i % 500 == 0:
            out.append((i, u))
    return out

class MyList(list):
    def pop(self):
        return -1

def list_then_sub(n):
    t = 0
    for i in range(n):
        l = [i, 1] if i != 1500 else MyList([i, 1])
        t = t + l.pop()
    return t

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        Key.lines.append(sys._getframe(1).f_lineno)
        return other == self.k
    lines = []

def key_eq_line(n):
    d = {Key("a"): 1}
    t = 0
    for i in range(n):
        t = t + d.get("a", 0)
    return t, sorted(set(Key.lines))

print(str_methods(3000), pops(3000), gets(3000))
print(receiver_changes(3000))
print(list_then_sub(3000))
print(key_eq_line(3000))
