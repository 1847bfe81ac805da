# type() and type.__new__ argument counts and messages; mappingproxy's reversed(), |, and the refused |=.
import types
mp = types.MappingProxyType
print(sorted(set(dir(mp({}))) - set(dir(object()))))
d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3, 'd': 4}
m = mp(d)
del d['foo']
r = reversed(m)
print(list(r))
print(m | {'z': 1}, {'y': 2} | m)
try:
    m |= {}
except TypeError as e: print(e)
class M(type): pass
try: M(5)
except TypeError as e: print(e)
try: type(5, 6)
except TypeError as e: print(e)
class M(type): pass
for f in (lambda: M(5,6), lambda: M(1,2,3,4), lambda: type.__new__(M, 5), lambda: type.__new__(type, 5), lambda: type(1,2,3,4), lambda: type.__new__(type,'a',(),{},1), lambda: M('a', (), {}, x=1), lambda: type('a', (), {}, x=1), lambda: M(1, (), {}), lambda: M('a', 1, {}), lambda: M('a', (), 1), lambda: type(x=1), lambda: type(3, x=1)):
    try: f(); print('ok')
    except TypeError as e: print(e)
print(type(3), type('abc'), type(M))
