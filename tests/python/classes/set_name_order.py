class Field:
    order = []
    def __set_name__(self, owner, name):
        Field.order.append((owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"<{self.name}>" if obj is None else obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value.upper()

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__ before type.__new__", name, Field.order)
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__ after type.__new__", name, Field.order)
        return cls

class Form(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, Field.order)
    title = Field()
    body = Field()

class Sub(Form):
    extra = Field()

f = Sub()
f.title = "hello"
print(f.title, f.body, Sub.extra, f.__dict__)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
try:
    class Host:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
