# Struct sequence instances (time.struct_time, os.stat_result, sys.flags, ...) are tuples
# without a __dict__: their fields are read-only members, nothing else can be assigned, and the
# constructor's second argument must be a dict when given (None included).
import os
import sys
import time

objects = [sys.get_asyncgen_hooks(), sys.version_info, time.gmtime(0), os.stat('.'), sys.flags,
           os.terminal_size((1, 2)), sys.int_info, sys.float_info]
for o in objects:
    name = type(o).__name__
    field = type(o).__match_args__[0]
    for what, f in (('set new', lambda: setattr(o, 'x', 1)), ('del new', lambda: delattr(o, 'x')),
                    ('set field', lambda: setattr(o, field, 1)), ('del field', lambda: delattr(o, field)),
                    ('set __doc__', lambda: setattr(o, '__doc__', 'x')), ('__dict__', lambda: o.__dict__),
                    ('vars', lambda: vars(o)), ('set n_fields', lambda: setattr(o, 'n_fields', 3)),
                    ('set __class__', lambda: setattr(o, '__class__', tuple))):
        try:
            f()
            print(name, what, 'ok')
        except (AttributeError, TypeError) as e:
            print(name, what, type(e).__name__, e)

for args in (((1,) * 9, None), ((1,) * 9, {}), ((1,) * 9, 5), ((1,) * 9, {'tm_zone': 'Z'}), ((1,) * 11, None)):
    try:
        print(time.struct_time(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1,) * 9, dict=None)
except TypeError as e:
    print(type(e).__name__, e)
print(time.struct_time((1,) * 9, dict={'tm_gmtoff': 60}).tm_gmtoff)
