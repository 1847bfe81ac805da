a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
class MyDict(dict):
    pass
m = MyDict(k=1) | {"j": 2}
print(type(m).__name__, m)
print({} | {}, {1: 1} | {1: 2})
