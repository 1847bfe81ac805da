# A ** mapping with a key that is not a str: CPython merges it like any other (a repeated key
# later in the mapping is reported first) and the callee refuses it: 'keywords must be strings'
# for functions, methods and builtins, 'C() takes no arguments' for a class keeping object's
# __new__ and __init__; a dict display takes any key.
import functools, collections, collections.abc
class M(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class D(dict): pass
class C:
    def m(self, **k): return k
    def __init__(self, **k): pass
def f(**k): return k
def g(a, b=2): return a
def h(*a, **k): return a, k
cases = {
 'py': lambda: f(**{1: 2}),
 'py mixed': lambda: f(**{'a': 1, 2: 3}),
 'py kw+': lambda: f(a=1, **{1: 2}),
 'py kw after': lambda: f(**{1: 2}, a=1),
 'py two maps': lambda: f(**{'a': 1}, **{2: 3}),
 'py dup': lambda: f(**{'a': 1}, **{'a': 3}),
 'py dup nonstr': lambda: f(**{'a': 1}, **{'a': 3, 1: 2}),
 'py positional only': lambda: g(**{1: 2}),
 'py varargs': lambda: h(1, *[2], **{1: 2}),
 'mapping': lambda: f(**M({1: 2})),
 'dict sub': lambda: f(**D({1: 2})),
 'method': lambda: C().m(**{1: 2}),
 'class': lambda: C(**{1: 2}),
 'partial': lambda: functools.partial(f)(**{1: 2}),
 'partial kw': lambda: functools.partial(f, a=1)(**{1: 2}),
 'builtin dict': lambda: dict(**{1: 2}),
 'builtin print': lambda: print(**{1: 2}),
 'builtin sorted': lambda: sorted([], **{1: 2}),
 'builtin int': lambda: int(**{1: 2}),
 'builtin max': lambda: max([1], **{1: 2}),
 'builtin method': lambda: [].sort(**{1: 2}),
 'dict update': lambda: {}.update(**{1: 2}),
 'type call': lambda: type('X', (), {})(**{1: 2}),
 'obj': lambda: object(**{1: 2}),
 'display': lambda: {**{1: 2}, **M({3: 4})},
 'not mapping': lambda: f(**[1]),
 'not mapping builtin': lambda: print(**[1]),
 'lambda': lambda: (lambda **k: k)(**{(1,): 2}),
 'empty': lambda: f(**{}),
 'collections counter': lambda: collections.Counter(**{1: 2}),
}
for name, fn in cases.items():
    try: print(name, fn())
    except Exception as e: print(name, type(e).__name__, e)
class X: pass
class Y:
    def __init__(self): pass
class Z:
    def __new__(cls): pass
for name, fn in {
 'dup after nonstr': lambda: f(**{'a': 1}, **{1: 2, 'a': 3}),
 'nonstr dup': lambda: f(**{1: 2}, **{1: 3}),
 'nonstr dup print': lambda: print(**{1: 2}, **{1: 3}),
 'kw then nonstr': lambda: f(a=1, **{1: 2, 'a': 3}),
 'X': lambda: X(**{1: 2}),
 'Y': lambda: Y(**{1: 2}),
 'Z': lambda: Z(**{1: 2}),
 'X str': lambda: X(**{'a': 2}),
 'format_map': lambda: '{a}'.format_map({1: 2, 'a': 3}),
 'exc str': lambda: ValueError(**{'a': 2}),
 'list': lambda: list(**{1: 2}),
 'tuple': lambda: tuple(**{1: 2}),
 'set': lambda: set(**{1: 2}),
 'frozenset': lambda: frozenset(**{1: 2}),
 'range': lambda: range(**{1: 2}),
 'str': lambda: str(**{1: 2}),
 'bytes': lambda: bytes(**{1: 2}),
 'float': lambda: float(**{1: 2}),
 'bool': lambda: bool(**{1: 2}),
 'type1': lambda: type(**{1: 2}),
 'enumerate': lambda: enumerate(**{1: 2}),
 'zip': lambda: zip(**{1: 2}),
 'map': lambda: map(**{1: 2}),
 'filter': lambda: filter(**{1: 2}),
 'property': lambda: property(**{1: 2}),
 'super': lambda: super(**{1: 2}),
 'complex': lambda: complex(**{1: 2}),
 'dict fromkeys': lambda: dict.fromkeys(**{1: 2}),
 'getattr': lambda: getattr(**{1: 2}),
}.items():
    try: print(name, fn())
    except Exception as e: print(name, type(e).__name__, e)

class Meta(type):
    def __call__(cls, *a, **k): return 'meta', a, k
class W(metaclass=Meta): pass
class V(W): pass
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
for name, fn in {
 'metaclass call': lambda: W(**{1: 2}),
 'abstract': lambda: A(**{1: 2}),
 'object-default with str': lambda: X(**{'a': 1, 2: 3}),
 'tuple key dup': lambda: f(**{(1, 2): 0}, **{(1, 2): 1}),
 'hot': lambda: [f(**{'a': i}, **{i: 0}) for i in range(3)],
}.items():
    try: print(name, fn())
    except Exception as e: print(name, type(e).__name__, e)
