# __qualname__ of bound slot wrappers (method-wrapper: named by the type that defines the slot,
# as CPython's wrapper_qualname) and of bound builtin methods (named by their self's type,
# as meth_get__qualname__).
class K:
    def __init__(self):
        pass


class L(list):
    pass


class D(dict):
    def __len__(self):
        return 0


class S(str):
    pass


k = K()
for label, m in [
    ("K().__str__", k.__str__), ("K().__repr__", k.__repr__), ("K().__eq__", k.__eq__),
    ("K().__hash__", k.__hash__), ("K().__ne__", k.__ne__), ("K().__init__", k.__init__),
    ("object().__init__", object().__init__), ("object().__str__", object().__str__),
    ("L().__len__", L().__len__), ("L().__init__", L().__init__), ("L().__iter__", L().__iter__),
    ("D().__len__", D().__len__), ("D().__iter__", D().__iter__), ("D().__setitem__", D().__setitem__),
    ("True.__add__", True.__add__), ("(1).__add__", (1).__add__), ("True.__and__", True.__and__),
    ("(1.5).__neg__", (1.5).__neg__), ("S('a').__len__", S("a").__len__), ("S('a').__iter__", S("a").__iter__),
    ("L().append", L().append), ("[].append", [].append), ("S('a').upper", S("a").upper),
    ("D().get", D().get), ("L().__class_getitem__", L().__class_getitem__),
]:
    print(label, type(m).__name__, m.__qualname__, m.__name__)
print(K.__str__.__qualname__, L.__len__.__qualname__, bool.__add__.__qualname__, L.append.__qualname__)
