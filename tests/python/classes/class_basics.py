class Dog:
    """A dog."""
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"

d = Dog("Rex")
e = Dog("Fido")
print(d.speak(), e.speak(), Dog.count)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__)
print(d.__class__ is Dog, type(d) is Dog, d.__dict__)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
d.species = "override"
print(d.species, e.species, Dog.species)
del d.species
print(d.species)
Dog.species = "changed"
print(e.species)
Dog.bark = lambda self: self.name + "!"
print(d.bark())
print(Dog.speak(d))
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Dog.speak, m.__name__)
print(d.speak == d.speak, d.speak == e.speak)
d.__dict__["name"] = "Direct"
print(d.speak())
print(type(Dog.__dict__).__name__)
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)

class Nested:
    class Inner:
        class Deeper:
            pass
print(Nested.Inner.Deeper.__qualname__, Nested.Inner.Deeper.__name__)

def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
print(isinstance(d, object), isinstance(Dog, type), isinstance(Dog, object))
