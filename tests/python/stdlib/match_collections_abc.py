# match sequence and mapping patterns follow Py_TPFLAGS_SEQUENCE/MAPPING: builtin collections,
# classes that inherit from collections.abc.Sequence/Mapping and classes registered with them.
import array
import collections
import collections.abc


def kind(subject):
    match subject:
        case {"k": v}:
            return "mapping with k=%r" % (v,)
        case {}:
            return "mapping"
        case [first, *rest]:
            return "sequence first=%r rest=%r" % (first, rest)
        case []:
            return "empty sequence"
        case _:
            return "neither"


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class RegisteredChild(Registered):
    pass


class RegMap:
    def get(self, key, default=None):
        return {"k": "regmap"}.get(key, default)

    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return "regmap"

    def __len__(self):
        return 1


class Plain:
    pass


print(kind(RegisteredChild()), kind(Registered()))
collections.abc.Sequence.register(Registered)
collections.abc.Mapping.register(RegMap)
subjects = [[1, 2], (3,), range(2), collections.deque([4, 5]), array.array("i", [6, 7]), memoryview(b"ab"),
            "str", b"bytes", bytearray(b"ba"), {"k": 1}, collections.OrderedDict(a=1),
            collections.defaultdict(int), collections.Counter("aa"), collections.ChainMap({"k": 2}),
            collections.UserList([8]), collections.UserDict(k=3), MySeq(9, 10), MyMap(k=4), Registered(),
            RegisteredChild(), RegMap(), Plain(), {1, 2}, 5, type({}.keys()), {}.keys(), {}.items()]
for s in subjects:
    print(type(s).__name__, kind(s))
print(type(collections.abc.Sequence).__name__, "__abc_tpflags__" in collections.abc.Sequence.__dict__)
print(bool(list.__flags__ & 32), bool(dict.__flags__ & 64), bool(MySeq.__flags__ & 32), bool(MyMap.__flags__ & 64),
      bool(Registered.__flags__ & 32), bool(RegMap.__flags__ & 64), bool(Plain.__flags__ & 96),
      bool(collections.deque.__flags__ & 32), bool(array.array.__flags__ & 32))
