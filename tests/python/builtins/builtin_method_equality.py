# Two reads of the same builtin method of the same object compare equal and hash alike
# (CPython's meth_richcompare / wrapper_richcompare); different objects or methods do not.
import math

items = []
print(items.append == items.append, items.append != items.append, items.append is items.append)
print(hash(items.append) == hash(items.append), items.append == items.extend)
print(items.append == [].append, [].append == [].append, items.append == 5, items.append != None)
registry = {items.append: "append"}
print(registry[items.append])
n = 10 ** 20
print(n.__add__ == n.__add__, n.__add__ == n.__sub__)
print(hash(n.__add__) == hash(n.__add__), n.__add__ != n.__add__)
print(dict.fromkeys == dict.fromkeys, hash(dict.fromkeys) == hash(dict.fromkeys))
print(dict.fromkeys == int.from_bytes, len == len, len != abs, math.sqrt == math.sqrt)
print(items.__len__ == items.__len__, items.__len__ == items.__len__.__self__.__len__)
print({items.append, items.append, items.pop} == {items.pop, items.append})
print(str.join == str.join, "".join == "".join, "a".join == "b".join)
