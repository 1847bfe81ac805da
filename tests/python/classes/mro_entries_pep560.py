class A:
    def __mro_entries__(self, bases): return (object,)
class G:
    def __init__(self, *a): print('init', a)
    def __mro_entries__(self, bases): return (B,)
class B: pass
class C(G()): pass
print(C.__bases__, len(C.__orig_bases__), type(C.__orig_bases__[0]).__name__, "__orig_bases__" in C.__dict__)
