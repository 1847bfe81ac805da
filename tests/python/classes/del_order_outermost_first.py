# Objects dropped together are finalized outermost first, as reference counting releases them.
import gc

class Res:
    def __init__(self, name, *inner):
        self.name = name
        self.inner = list(inner)
    def __del__(self):
        print('del', self.name)

class Pair:
    __slots__ = ('name', 'a', 'b')
    def __init__(self, name, a, b):
        self.name, self.a, self.b = name, a, b
    def __del__(self):
        print('del', self.name)

class Holder:
    def __init__(self, name, child):
        self.name = name
        self.child = child
    def __del__(self):
        print('del', self.name, 'child alive:', self.child.name)

# inner objects made first: creation order alone would finalize them first
c = Res('conn')
s = Holder('session', c)
del c
del s
gc.collect()
print('--')
leaf1 = Res('leaf1'); leaf2 = Res('leaf2')
mid = Res('mid', leaf1, leaf2)
top = Pair('top', mid, {'k': Res('in-dict')})
del leaf1, leaf2, mid, top
gc.collect()
print('--')
# a chain built innermost first
x = Res('n0')
for i in range(1, 5):
    x = Holder('n%d' % i, x)
del x
gc.collect()
print('--')
# a generator held by an instance: the holder first, then the generator's finally
def worker(name):
    try:
        yield 1
    finally:
        print('finally', name)

g = worker('gen')
next(g)
h = Holder('gen-holder', Res('gen-res'))
h.gen = g
del g, h
gc.collect()
print('--')
# a list subclass with __del__ holding instances; a tuple and a set on the way
class Bag(list):
    def __del__(self):
        print('del bag', len(self))

bag = Bag([Res('b0'), (Res('t0'), Res('t1')), Res('b2')])
del bag
gc.collect()
print('--')
# a cycle: CPython finalizes cyclic garbage in its own order; keep it to a pair with one finalizer
class Cyc:
    def __del__(self):
        print('del cyc', self.other.__class__.__name__)
a = Cyc(); b = Res('cyc-partner'); a.other = b; b.inner.append(a)
del a, b
gc.collect()
print('end')
