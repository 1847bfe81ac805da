# copy.copy and copy.deepcopy from the standard library: containers, cycles, __copy__/__deepcopy__, __reduce_ex__.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = self.log + ["copied"]
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = self.log + ["deep"]
        return c


data = {"a": [1, 2, [3, 4]], "b": (5, [6]), "p": Point(1, 2)}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow["a"] is data["a"])
print(deep["a"] is data["a"], deep["a"][2] is data["a"][2], deep["p"] is data["p"], deep["p"])
cyclic = [1]
cyclic.append(cyclic)
dc = copy.deepcopy(cyclic)
print(dc[1] is dc, dc is not cyclic)
c = Custom()
print(copy.copy(c).log, copy.deepcopy(c).log)
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
print(copy.deepcopy({1: {2: frozenset([3])}}))
try:
    copy.deepcopy(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
