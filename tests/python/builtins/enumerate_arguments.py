# enumerate() argument errors: the exact type checks by count then keyword place (enum_vectorcall),
# a subclass goes through the generic clinic parser; both messages match CPython 3.11.
for args, kw in ((('abc', 2, 3), {}), ((), {}), (('a',), {'start': 1, 'x': 2}), (('a',), {'iterable': 'b'}), ((), {'start': 1}), ((), {'iterable': 'ab', 'start': 3}), (('ab',), {'start': 'x'}), (('a', 1), {'start': 2}), ((1,), {})):
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError as e:
        print(e)
class E(enumerate): pass
for args, kw in ((('abc', 2, 3), {}), ((), {}), (('a',), {'start': 1, 'x': 2}), (('a',), {'iterable': 'b'}), ((), {'start': 1}), ((), {'iterable': 'ab', 'start': 3}), (('a', 1), {'start': 2}), ((), {'x': 1, 'y': 2}), ((), {'start': 2, 'iterable': 'xy'}), (('a',), {'x': 1})):
    try:
        print(list(E(*args, **kw)))
    except TypeError as e:
        print(e)
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError as e:
        print(e)
