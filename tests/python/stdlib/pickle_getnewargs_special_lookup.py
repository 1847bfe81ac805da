# object.__reduce_ex__(2+) finds __getnewargs_ex__/__getnewargs__ on the type only:
# an instance __getattr__ is never consulted and instance attributes are ignored.
import copyreg, pickle

class Loud:
    def __getattr__(self, key):
        print("  __getattr__", key)
        raise AttributeError(key)

class Recursive:
    def __getattr__(self, key):
        return self.foo

class Shadowed:
    pass

class Pair(tuple):
    def __new__(cls, a, b=0):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)

class Kw(int):
    def __new__(cls, v, *, scale=1):
        return super().__new__(cls, v * scale)
    def __getnewargs_ex__(self):
        return (int(self),), {'scale': 1}

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    print(proto)
    r = Loud().__reduce_ex__(proto)
    print("  Loud", r[0] is copyreg.__newobj__, r[1][0].__name__, r[1][1:])
    print("  Recursive", len(pickle.dumps(Recursive(), proto)) > 0,
          len(pickle._dumps(Recursive(), proto)) > 0)
    s = Shadowed()
    s.__getnewargs__ = lambda: (1, 2)
    s.__getnewargs_ex__ = lambda: ((1,), {'x': 2})
    r = s.__reduce_ex__(proto)
    print("  Shadowed", r[0] is copyreg.__newobj__, r[1][1:], sorted(r[2]))
    print("  Pair", Pair(3, 4).__reduce_ex__(proto)[1][1:], pickle.loads(pickle.dumps(Pair(3, 4), proto)))
    r = Kw(7).__reduce_ex__(proto)
    print("  Kw", r[0].__name__, r[1][1:], pickle.loads(pickle._dumps(Kw(7), proto)))

for proto in range(2):
    try:
        pickle._dumps(Recursive(), proto)
    except RecursionError as e:
        print(proto, "RecursionError")
