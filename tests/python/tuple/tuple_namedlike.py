class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        values = dict(zip(self._fields, self))
        values.update(kw)
        return Point(**values)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(p._replace(y=5), p + Point(10, 20), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__mro__[1].__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
print({p: "found"}[(1, 2)], p * 2, type(p * 2).__name__, p[:1], type(p[:1]).__name__)
