class Obj:
    def __init__(self):
        self.log = []
        self._v = 1
    @property
    def v(self):
        self.log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        self.log.append(f"set v {val}")
        self._v = val
o = Obj()
o.v += 10
print(o.v, o.log)

class Idx:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
i = Idx()
i["k"] *= 5
print(i.data)
m = [[1, 2], [3, 4]]
m[0][1] **= 3
m[-1][-1] //= 3
print(m)
s = "a"
for _ in range(3):
    s += s
print(s, len(s))
t = ()
t += (1,)
t *= 3
print(t)
d = {"n": 0}
for _ in range(5):
    d["n"] += 2
print(d)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
