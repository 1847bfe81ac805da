class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (x, y)")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __len__(self):
        return self.w * self.h

g = Grid(3, 2)
g[1, 1] = "#"
print(g[1, 1], g[0, 0])
del g[1, 1]
print(g[1, 1], len(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)

class SliceShow:
    def __getitem__(self, key):
        return key
s = SliceShow()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s["k"])
print(s[1:2].start, s[1:2].stop, s[1:2].step)

class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = len(key)
        return value
dd = DefaultDict()
print(dd["abc"], dd["abc"], dd.get("zz"), dict(dd))

class MyList(list):
    def __getitem__(self, i):
        return "item " + str(list.__getitem__(self, i))
ml = MyList([1, 2, 3])
print(ml[0], len(ml), ml + [4], type(ml + [4]).__name__, list(ml))

class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
u = UpperStr("hey")
print(u.shout(), u + "x", type(u + "x").__name__, isinstance(u, str), u == "hey")

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
print(MyInt(1) + 2, 2 + MyInt(1), type(MyInt(5) * 2).__name__, MyInt(7))

class NoSet:
    def __getitem__(self, k):
        return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoSet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
