# How class creation reads __slots__ (CPython's type_new): the forms it takes, the names it
# refuses and in which order, __qualname__ and __classcell__ as slots, mangling, members that an
# existing class attribute keeps out, and __dict__ / __weakref__ gained from slots or other bases.
import sys
import weakref


def attempt(label, make):
    try:
        print(label, "->", make())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def own(cls):
    return sorted(k for k in cls.__dict__ if k not in ('__module__', '__doc__', '__slots__', '__qualname__'))


def make(slots, body=None, bases=(), name='C'):
    ns = {'__slots__': slots, '__qualname__': 'Outer.' + name}
    ns.update(body or {})
    return type(name, bases, ns)


# __qualname__ and __classcell__ are in every class body's namespace yet may be slots
class Q:
    __slots__ = ('__qualname__', 'x')


print(Q.__qualname__, own(Q), repr(Q.__dict__['__qualname__']))
q = Q()
attempt("unset __qualname__ member", lambda: q.__qualname__)
q.__qualname__ = 'instance value'
print(q.__qualname__, '/', Q.__qualname__)


def factory():
    class Inner:
        __slots__ = '__qualname__'
    return Inner


Inner = factory()
print(Inner.__qualname__, Inner.__slots__, type(Inner.__dict__['__qualname__']).__name__)


class Renamed:
    __qualname__ = 'Elsewhere.Renamed'
    __slots__ = ['__qualname__']


print(Renamed.__qualname__, repr(Renamed.__dict__['__qualname__']))


class Cell:
    __slots__ = ('__classcell__', 'y')

    def me(self):
        return __class__


cell = Cell()
cell.__classcell__ = 'stored'
print(cell.me() is Cell, cell.__classcell__, list(Cell.__dict__))

attempt("type() with __qualname__ slot", lambda: list(make(['__qualname__']).__dict__))
attempt("__qualname__ slot, bad __qualname__",
        lambda: type('T', (), {'__slots__': ('__qualname__',), '__qualname__': 3}))
attempt("__classcell__ slot, bad __classcell__",
        lambda: type('T', (), {'__slots__': ('__classcell__',), '__classcell__': 3}))
# other implicit names do conflict
attempt("__module__ in a class body", lambda: make(('__module__',), {'__module__': 'm'}))
attempt("__slots__ in __slots__", lambda: make(('__slots__',)))
attempt("__doc__ with a docstring", lambda: make(('__doc__',), {'__doc__': 'text'}))
attempt("__doc__ without one", lambda: repr(make(('__doc__',)).__doc__))
# without __module__ in the namespace, the module's name keeps the dict entry over the member
T = type('T', (), {'__slots__': ('__module__',)})
print(T.__module__, type(T.__dict__['__module__']).__name__)

# the forms __slots__ may take
for slots in ['x', ['a', 'b'], ('c',), {'d': 'doc of d', 'e': None}, (n for n in ['g', 'h']),
              iter(['i']), (), [], {}, b'']:
    attempt("form " + type(slots).__name__, lambda: (lambda c: (type(c.__slots__).__name__, own(c)))(make(slots)))
D = make({'d': 'doc of d', 'e': None})
print(D.__slots__, repr(D.d.__doc__))


class StrSub(str):
    def __iter__(self):
        return iter(['p', 'q'])


class DictSub(dict):
    def __iter__(self):
        return iter(['r'])


attempt("str subclass is one name", lambda: own(make(StrSub('pq'))))
attempt("dict subclass is iterated", lambda: own(make(DictSub(s=1))))
attempt("str subclass items", lambda: own(make([StrSub('abc')])))

# names refused, and which error comes first
attempt("not iterable", lambda: make(3))
attempt("None", lambda: make(None))
attempt("bytes", lambda: make(b'ab'))
attempt("an int item", lambda: make(['a', 1]))
attempt("not an identifier", lambda: make(['a b']))
attempt("empty str", lambda: make(''))
attempt("digit first", lambda: make('1a'))
attempt("keyword", lambda: own(make(['class', 'def'])))
attempt("non-ASCII", lambda: own(make(['été'])))
attempt("identifier error before the int", lambda: make(['a b', 1]))
attempt("int error before the identifier", lambda: make([1, 'a b']))
attempt("int error before a conflict", lambda: make(['a', 1], {'a': 1}))
attempt("__dict__ twice before a conflict", lambda: make(['a', '__dict__', '__dict__'], {'a': 1}))
attempt("slots error before __qualname__'s", lambda: type('T', (), {'__slots__': [1], '__qualname__': 3}))
attempt("slots error before __classcell__'s", lambda: type('T', (), {'__slots__': ['a b'], '__classcell__': 3}))
attempt("slots error before the MRO's", lambda: type('T', (object, int), {'__slots__': ['x']}))
attempt("raising iterable", lambda: make(1 // 0 for i in [1]))


class Base:
    pass


attempt("refused class", lambda: make(['x', 2], bases=(Base,)))
print("registered with its base:", Base.__subclasses__())
attempt("repeated name", lambda: (own(make(['a', 'a'])), sys.getsizeof(make(['a', 'a'])())))

# a slot name bound in the class body
attempt("class variable", lambda: make(['a'], {'a': 1}))
attempt("method", lambda: make(['m'], {'m': lambda self: 1}))
attempt("property", lambda: make(['p'], {'p': property(lambda self: 1)}))
attempt("mangled name", lambda: make(['__p'], {'_C__p': 1}))
attempt("unmangled name", lambda: own(make(['__p'], {'__p': 1})))
attempt("__dict__ bound", lambda: make(['__dict__'], {'__dict__': 1}).__dict__['__dict__'])
attempt("__weakref__ bound", lambda: make(['__weakref__'], {'__weakref__': 1}).__dict__['__weakref__'])
attempt("__init__ as a slot", lambda: make(['__init__'])())

# mangling
attempt("mangled", lambda: own(make(['__p', '__q__', '_r', '__s_'], name='_K')))
attempt("class of underscores", lambda: own(make(['__p'], name='___')))
attempt("non-ASCII class", lambda: own(make(['__ä'], name='Ünï')))
print(make(['__p', 'b', 'a']).__slots__)

# variable-size bases
for base in (int, tuple, bytes, bool):
    attempt("nonempty on " + base.__name__, lambda: make(['a'], bases=(base,)))
    attempt("__dict__ on " + base.__name__, lambda: make(['__dict__'], bases=(base,)))
    attempt("empty on " + base.__name__, lambda: own(make((), bases=(base,))))
attempt("bad item on int", lambda: make([1], bases=(int,)))
attempt("nonempty on type", lambda: make(['__weakref__'], bases=(type,)))
attempt("no __slots__ on int", lambda: own(type('I', (int,), {})))

# __dict__ and __weakref__ in __slots__
attempt("__dict__ twice", lambda: make(['__dict__', '__dict__']))
attempt("__weakref__ twice", lambda: make(['__weakref__', '__weakref__']))


class Plain:
    pass


attempt("__dict__ on a class with one", lambda: make(['__dict__'], bases=(Plain,)))
attempt("__weakref__ on a class with them", lambda: make(['__weakref__'], bases=(Plain,)))
attempt("__weakref__ on set", lambda: make(['__weakref__'], bases=(set,)))
attempt("__dict__ on set", lambda: own(make(['__dict__'], bases=(set,))))
attempt("__weakref__ on Exception", lambda: own(make(['__weakref__'], bases=(Exception,))))
attempt("__dict__ on Exception", lambda: make(['__dict__'], bases=(Exception,)))
attempt("both on list", lambda: own(make(['__weakref__', '__dict__'], bases=(list,))))
attempt("both and a name on float", lambda: own(make(['__weakref__', '__dict__', 'a'], bases=(float,))))
G = make(n for n in ['__weakref__', '__dict__', 'a'])
g = G()
g.extra = 1
print(own(G), weakref.ref(g)() is g, g.__dict__)
W = make({'__weakref__': 'w', 'a': 'A'})
w = W()
print(own(W), weakref.ref(w)() is w, W.__weakref__.__doc__, G.__dict__['__dict__'].__doc__)


# another base than the primary one passes its __dict__ and __weakref__ on
class S:
    __slots__ = ('s',)


class SW:
    __slots__ = ('__weakref__',)


class SD:
    __slots__ = ('__dict__',)


for bases in [(S, Plain), (Plain, S), (S, SW), (S, SD), (SW, S)]:
    names = '(' + ', '.join(b.__name__ for b in bases) + ')'
    attempt("empty slots " + names, lambda: own(make((), bases=bases)))
    attempt("no slots " + names, lambda: own(type('N', bases, {})))
attempt("__dict__ slot (S, SD)", lambda: own(make(('__dict__',), bases=(S, SD))))
attempt("__weakref__ slot (S, Plain)", lambda: own(make(('__weakref__',), bases=(S, Plain))))
M = make((), bases=(S, Plain))
m = M()
m.other = 2
print(m.__dict__, weakref.ref(m)() is m, sys.getsizeof(m), sys.getsizeof(S()))
MD = make((), bases=(S, SD))
md = MD()
md.other = 3
print(md.__dict__, sys.getsizeof(md))
attempt("weakref to (S, SD)", lambda: weakref.ref(md))
attempt("__weakref__ below (S, Plain)", lambda: make(('__weakref__',), bases=(M,)))
attempt("__dict__ below (S, SD)", lambda: make(('__dict__',), bases=(MD,)))
