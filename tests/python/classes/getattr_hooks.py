class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name} here")

d = Dynamic()
print(d.real, d.auto_thing)
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "missing", "default"), hasattr(d, "auto_x"), hasattr(d, "nope"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            self.log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

l = Logged()
l.a = 1
l.a
del l.a
try:
    l.a
except AttributeError:
    pass
print(l.log)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
b = Both()
print(b.boom, b.other)

class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))

class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
