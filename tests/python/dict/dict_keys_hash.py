class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
    def __repr__(self):
        return self.name

d = {}
k1 = Key("one", 1)
d[k1] = "first"
k1b = Key("one", 1)
print(d[k1b])
d[Key("collide", 1)] = "second"
print(len(d))
print(d[k1])
print(list(d.values()))

class AlwaysEqual:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True
d2 = {AlwaysEqual(): "a"}
d2[AlwaysEqual()] = "b"
print(len(d2), list(d2.values()))
print({0: "zero", 0.0: "float zero", False: "false"}, {-0.0: 1, 0: 2})
nan = float("nan")
d3 = {nan: 1}
d3[nan] = 2
d3[float("nan")] = 3
print(len(d3), list(d3.values()))
print({(1, (2, 3)): "nested tuple"}[(1, (2, 3))], {frozenset({1}): "fs"}[frozenset([1])])
