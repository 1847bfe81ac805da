a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R" + repr(self.items) if len(self.items) < 2 else "R(...)"
x = []
y = [x]
x.append(y)
print(x, y)
print(str([1, "a", 2.5, None, True, (1,), {"k": [1]}]))
print([[]] * 3, [[1] * 2] * 2, repr([]), repr([[]]))
