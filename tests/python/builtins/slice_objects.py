# slice objects: attributes, indices(), repr, equality, hashing, __index__ and custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice("a", [1], None)))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(3, 1, -1).indices(10))
print(slice(None).indices(0), slice(-3, None).indices(2), slice(2**100, None).indices(5))
for args in [(0,), (-1,), ("a",)]:
    try:
        s.indices(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1:2], sp[::], sp[:3], sp[1:2:3], sp[1:2, 3], sp[..., 1], sp[:, :], sp[::-1])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(2):Idx(5)], data[Idx(1)], "abcdef"[Idx(1):Idx(-1):Idx(2)], (1, 2, 3)[Idx(-1)])
print(data[slice(2, 8, 3)], data[slice(None, None, -3)], "hello"[slice(1, None)])
for bad in [slice("a", 2), slice(1, 2, "x"), slice(1.5, 2), slice(None, None, 0)]:
    try:
        data[bad]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(data[-2**100:2**100], data[2**100:], data[::2**100], data[::-2**100])
d = list(range(6))
d[Idx(1):Idx(3)] = "xy"
print(d)
del d[slice(0, None, 2)]
print(d)
print(type(s).__name__, isinstance(s, slice), slice.__name__)
