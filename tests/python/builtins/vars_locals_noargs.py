def f(x):
    y = x * 2
    return sorted(vars().items())
print(f(3))
class C:
    a = 1
    b = [k for k in ("a",)]
    ns = sorted(k for k in vars() if not k.startswith("__"))
print(C.ns)
print(sorted(k for k in vars() if k in ("f", "C")))
obj = C()
obj.z = 26
print(vars(obj), vars(obj) is obj.__dict__)
vars(obj)["w"] = 23
print(obj.w)
