# Data descriptors of builtin types (getset_descriptor) applied to an object of another type raise
# CPython's TypeError (descr_check) instead of failing inside the getter or setter.
import types
cases = [
    lambda: BaseException.__dict__['args'].__get__('x'),
    lambda: BaseException.__dict__['__traceback__'].__set__('x', None),
    lambda: types.FunctionType.__dict__['__code__'].__get__(1),
    lambda: type.__dict__['__name__'].__get__(3),
    lambda: property.__dict__['fget'].__get__(3) if 'fget' in property.__dict__ else None,
    lambda: slice.__dict__['start'].__get__(3),
    lambda: BaseException.__dict__['args'].__get__(ValueError(1, 2)),
    lambda: type.__dict__['__name__'].__get__(int),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
