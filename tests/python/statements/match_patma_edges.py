# match: bytearray matches itself, collection kind along the MRO, duplicate mapping keys
import collections
import collections.abc

for subject in (bytearray(b"ab"), bytearray(), b"xy"):
    match subject:
        case bytearray(z):
            print("bytearray", z, z is subject)
        case bytes(z):
            print("bytes", z, z is subject)

class MyBA(bytearray):
    pass
match MyBA(b"q"):
    case bytearray(z):
        print("subclass", type(z).__name__, z)

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return None

class C:
    pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
class N(C): pass
for cls in (M1, M2, M3, M4, S1, S2, S3, S4, N):
    print(cls.__name__, kind(cls()))

class Later:
    pass
class LaterChild(C, Later):
    pass
collections.abc.Sequence.register(Later)
print("registered later:", kind(Later()), kind(LaterChild()))

class Keys:
    KEY = "a"
for subject in ({"a": 0, "b": 1}, {"b": 1}):
    try:
        match subject:
            case {Keys.KEY: y, "a": z}:
                print("matched", y, z)
            case _:
                print("no match")
    except ValueError as e:
        print("ValueError", e)

for src in ("{0: _, 0j: _}", "{0: _, False: _}", "{1j: _, 1j: _}", "{'a': _, b'a': _}", "{0.0: _, -0.0: _}",
            "{1j: _, 1: _}"):
    try:
        compile("match x:\n    case %s:\n        pass\n" % src, "<s>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)

print(0j in {0, 1}, 1j in {1j, 2}, 2 in {0j, 2j})
