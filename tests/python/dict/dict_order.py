d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 1
print(list(d))
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}})
print({"x": 1, "x": 2, "y": 3})
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(list(big))
for i in range(5):
    big[i] = -i
print(list(big.items())[-6:])
d2 = dict(c=1, a=2, b=3)
print(d2, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(d2)), list(reversed(d2.values())), list(reversed(d2.items())))
