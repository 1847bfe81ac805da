def v(label, value):
    print("eval", label)
    return value

class Rec:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

r = Rec()
r.a = r.b = v("rhs", 1)

class Seq(list):
    def __setitem__(self, i, value):
        print("setitem", i, value)
        super().__setitem__(i, value)

s = Seq([0, 0, 0])
s[v("index0", 0)], s[v("index1", 1)] = v("first", "A"), v("second", "B")
print(s)
x = [0, 1, 2]
i = 0
i, x[i] = 2, "changed"
print(i, x)
a = b = []
a.append(1)
print(b)
d = {}
d["k"] = d = {"fresh": True}
print(d)
