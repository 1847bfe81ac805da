class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    attr = 2
    def __init__(self):
        self.inst = 3
c = C()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(C) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print("__init__" in dir(c), "__class__" in dir(c), dir(c) == sorted(dir(c)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(1) if not n.startswith("_")])
