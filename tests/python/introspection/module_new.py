# module.__new__ makes a module with an empty namespace; module.__init__ checks its arguments
# and sets __name__, __doc__, __package__, __loader__ and __spec__.
import types

m = types.ModuleType.__new__(types.ModuleType)
print(m.__dict__, repr(m))
m.__init__('late', 'doc')
print(sorted(m.__dict__.items()), repr(m))
for args, kwargs in [((), {}), ((1,), {}), (('x', 'd', 3), {}), ((), {'name': 'k'}),
                     ((), {'name': 'k', 'doc': 'D'}), (('x',), {'name': 'y'}), ((), {'nom': 'z'})]:
    try:
        mod = types.ModuleType(*args, **kwargs)
        print(repr(mod), mod.__doc__)
    except TypeError as e:
        print('TypeError', e)


class M(types.ModuleType):
    pass


sub = M.__new__(M)
print(type(sub).__name__, sub.__dict__)
print(repr(M('named')))
