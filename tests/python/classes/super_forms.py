class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)
    def describe(self):
        return "Base(%s)" % self.value
    @classmethod
    def create(cls, v):
        return cls(v)

class Child(Base):
    def __init__(self, value):
        super().__init__(value * 2)
        print("Child.__init__")
    def describe(self):
        return "Child/" + super().describe()
    @classmethod
    def create(cls, v):
        print("Child.create for", cls.__name__)
        return super().create(v + 1)

class GrandChild(Child):
    def describe(self):
        return "Grand/" + super(Child, self).describe()

c = Child(5)
print(c.describe())
g = GrandChild(1)
print(g.describe())
print(GrandChild.create(10).value)
print(super(Child, c).describe())

def outside():
    return super().describe()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class NoArgsStatic:
    @staticmethod
    def s():
        return super()
try:
    NoArgsStatic.s()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)

# super() works with __class__ even after rebinding the name.
class Original(Base):
    def describe(self):
        return "Original/" + super().describe()
Renamed = Original
Original = None
print(Renamed(3).describe())

class Attr:
    x = "Attr.x"
class Sub(Attr):
    x = "Sub.x"
    def get(self):
        return super().x, self.x
print(Sub().get())
try:
    class S2(Attr):
        def get(self):
            return super().missing
    S2().get()
except AttributeError as e:
    print(type(e).__name__, e)
