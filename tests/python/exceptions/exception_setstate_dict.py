# BaseException.__setstate__: attributes from a dict, even one a key's __hash__ empties; its errors
e = Exception("msg")
e.__setstate__({"x": 1, "": 2})
print(e.x, getattr(e, ""), e.args)
e.__setstate__(None)
print(sorted(vars(e)))

d = {}
class ClearingKey(str):
    def __hash__(self):
        d.clear()
        return super().__hash__()
class Value(str):
    pass
d[ClearingKey("k")] = Value("v")
e.__setstate__(d)
print(e.k, type(e.k).__name__, d)

for bad in ([("a", 1)], {1: 2}):
    try:
        Exception().__setstate__(bad)
    except TypeError as err:
        print("TypeError", err)
