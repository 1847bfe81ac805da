class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Thing(metaclass=Meta, option=1):
    a = 1
    def method(self):
        return self.a

print(Thing.injected, Thing.extra, type(Thing).__name__)
t = Thing()
print(t.method())

class Sub(Thing):
    b = 2
print(type(Sub).__name__, Sub.extra)

class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args)
        return cls.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config init", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)

# type() with three arguments.
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
print(Dyn.x, Dyn().hello(), Dyn.__name__)
print(type(5).__name__, type(type).__name__, type(Meta).__name__)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class C(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)

class OrderedMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["field_order"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, ns)
class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Record.field_order)
