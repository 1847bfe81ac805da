# type.__dir__ (CPython's type___dir___impl): a class's names and its bases', not its metatype's; dir()
# of a class with a metaclass __dir__ uses that.
class A:
    x = 1
class B(A):
    y = 2
print(sorted(dir(B))[-3:], "mro" in dir(int), "mro" in type.__dir__(int), len(dir(int)) == len(set(dir(int))))
print(sorted(type.__dir__(B))[-3:])
class M(type):
    def __dir__(cls): return ["custom"]
class C(metaclass=M): pass
print(dir(C))
print([n for n in dir(type) if n == "mro"])
