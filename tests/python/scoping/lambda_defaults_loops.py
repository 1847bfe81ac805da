callbacks = {}
for name in ["red", "green", "blue"]:
    callbacks[name] = lambda prefix="color: ", n=name: prefix + n
print([cb() for cb in callbacks.values()])
late = [lambda: name for name in ["x", "y"]]
print([f() for f in late])
def outer():
    fns = []
    for i in range(3):
        def make(j=i):
            return lambda: j * 10
        fns.append(make())
    return [f() for f in fns]
print(outer())
adders = list(map(lambda n: (lambda x: x + n), range(3)))
print([a(100) for a in adders])
x = "global"
f = lambda: x
x = "rebound"
print(f())
g = (lambda x: lambda: x)("captured")
print(g())
