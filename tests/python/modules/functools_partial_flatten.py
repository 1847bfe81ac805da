# functools.partial of a partial flattens unless the inner one's __dict__ was made (reading its
# attributes makes none), and __reduce__ gives the keywords dict even when empty, as CPython.
import functools
p = functools.partial(max, 1); print(p.keywords, p.__reduce__())
q = functools.partial(p, 2); print(q.keywords, q.__reduce__(), q.args, q.func)
r = functools.partial(functools.partial(max, k=1), 2); print(r.keywords)
print(repr(q))
q = functools.partial(functools.partial(max, 1), 2)
print(repr(q), q.args, q.func)
print(functools.partial(max, 1).__reduce__())
print(functools.partial(max, 1, k=2).__reduce__())
class P(functools.partial): pass
print(repr(P(functools.partial(max,1),2)), repr(functools.partial(P(max,1),2)))
p = functools.partial(max, 1); p.attr = 1
print(functools.partial(p, 2).args)
p2 = functools.partial(max, 1); p2.__dict__
print(functools.partial(p2, 2).args)
