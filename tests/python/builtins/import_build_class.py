sys_module = __import__("sys")
import sys
print(sys_module is sys, type(sys).__name__, sys.__name__)
try:
    __import__("no_such_module_taipan_test")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
def body():
    x = 1
    def method(self):
        return "built"
ns_calls = []
def body2():
    value = 42
C = __build_class__(body2, "C")
print(C.__name__, C.__qualname__, type(C).__name__, C.__bases__ == (object,))
class Meta(type):
    pass
D = __build_class__(body2, "D", C, metaclass=Meta)
print(D.__name__, D.__bases__[0].__name__, type(D).__name__)
try:
    __build_class__(5, "E")
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(body2)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.maxsize, sys.version_info[:2] >= (3, 11), sys.byteorder in ("little", "big"))
print(type(sys.argv).__name__, sys.argv[0].endswith("import_build_class.py"))
