class Base:
    def __init__(self):
        self._size = 1
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        print("Base setter", v)
        self._size = v

class Doubling(Base):
    @Base.size.getter
    def size(self):
        return self._size * 2

class Validating(Base):
    @Base.size.setter
    def size(self, v):
        if v < 0:
            raise ValueError("size must be >= 0")
        Base.size.fset(self, v)

class Override(Base):
    size = 99

d = Doubling()
d.size = 5
print(d.size, d._size)
v = Validating()
v.size = 3
print(v.size)
try:
    v.size = -1
except ValueError as e:
    print(type(e).__name__, e)
o = Override()
print(o.size)
o.size = 7
print(o.size, Override.size, o.__dict__)

class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Abstract):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Abstract):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
