# copy.copy of a partial shares its args tuple, keywords dict and attributes (as CPython's
# __reduce__/__setstate__ do); __setstate__ with None empties the instance dict.
import copy, functools, pickle
def signature(p):
    return p.func, p.args, p.keywords, p.__dict__
def capture(*a, **k): return a, k
f = functools.partial(signature, ['asdf'], bar=[True])
f.attr = []
g = copy.copy(f)
print(g.attr is f.attr, g.args is f.args, g.keywords is f.keywords, f.args is f.args)
h = copy.deepcopy(f)
print(h.args == f.args, h.args is f.args, h.attr is f.attr)
f = functools.partial(capture)
f.attr = []
f.__setstate__((capture, (1,), dict(a=10), None))
print(signature(f)[1:])
f.__setstate__((capture, (1,), dict(a=10), {"x": 1}))
print(signature(f)[1:], f(2, b=3))
p = pickle.loads(pickle.dumps(functools.partial(capture, 1, k=2)))
print(p(3))
