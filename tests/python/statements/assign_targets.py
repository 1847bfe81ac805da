# Attribute, subscript and slice targets, and evaluation order.
class Box:
    pass

b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)

lst = [0, 1, 2, 3, 4, 5, 6, 7]
lst[0] = "zero"
lst[-1] = "last"
print(lst)
lst[1:3] = ["a", "b", "c", "d"]
print(lst)
lst[::2] = [None] * len(lst[::2])
print(lst)
lst[2:2] = [100]
print(lst)
lst[:] = []
print(lst)

d = {}
d["a"] = d["b"] = 1
print(sorted(d.items()))

def trace(label, value):
    print("eval", label)
    return value

order = [0, 0]
trace("target-obj", order)[trace("index", 1)] = trace("value", 42)
print(order)

i = 0
nums = [10, 20, 30]
i, nums[i] = 1, 99
print(i, nums)

try:
    lst2 = [1, 2, 3]
    lst2[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst2[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
