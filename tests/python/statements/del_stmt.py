x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)

class C:
    pass
c = C()
c.attr = 5
del c.attr
try:
    c.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)

a, b, c2 = 1, 2, 3
del a, (b, c2)
print("a" in globals(), "b" in globals())

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(local_del())

try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
