import os.path
import a.b.c as d
from x import y, z as w
x = 1
class C(Base, metaclass=M):
    x = 2
    y: int
    z: int = 3
    __private = 4
    def m(self, a, /, b, *args, c, d=x, **kw):
        return x + self.__private + __other
    def s(self):
        super().m()
        return __class__
    class Inner:
        def g(self):
            return __private
    @staticmethod
    def st(): pass
def outer():
    v = 1
    class K:
        v = 2
        def m(self):
            return v
        w = v
    return K
def outer2():
    q = 1
    class K2:
        def m(self):
            return q
    return K2
