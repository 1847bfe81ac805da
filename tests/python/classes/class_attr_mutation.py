class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1

a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items, a.count, b.count, Shared.count)
print(sorted(a.__dict__), sorted(k for k in Shared.__dict__ if not k.startswith("__")))

class Fixed:
    def __init__(self):
        self.items = []
x = Fixed()
y = Fixed()
x.items.append(1)
print(x.items, y.items)

class Config:
    debug = False
class Child(Config):
    pass
c = Child()
print(c.debug)
Config.debug = True
print(c.debug, Child.debug)
Child.debug = "child override"
print(c.debug, Config.debug)
del Child.debug
print(c.debug)
try:
    del Child.debug
except AttributeError as e:
    print(type(e).__name__, e)
