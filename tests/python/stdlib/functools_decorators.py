import functools
def f(): pass
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def g(x): return 'obj'
@g.register
def _(x: int): return 'int'
@g.register(list)
def _(x): return 'list'
print(g(1), g([]), g('s'), g(True))
class CP:
    @functools.cached_property
    def v(self): print('computing'); return 42
cp = CP(); print(cp.v, cp.v)
print(functools.partialmethod, functools.wraps(f)(lambda: 0).__name__)
