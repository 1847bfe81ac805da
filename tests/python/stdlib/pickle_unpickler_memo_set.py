# Unpickler.memo assignment: CPython 3.11's Unpickler_set_memo puts a dict's entries into the
# memo it then replaces with an empty one, so the memo ends up empty; a proxy copies properly.
import io, pickle, inspect
u = pickle.Unpickler(io.BytesIO(b''))
u.memo = {5: 'five'}
print(type(u.memo).__name__, repr(u.memo).startswith('<_pickle.UnpicklerMemoProxy object at 0x'))
print(u.memo.copy(), u.memo.__reduce__())
# a proxy's memo is copied entry by entry
src = pickle.Unpickler(io.BytesIO(pickle.dumps(['a', 'b'], 2)))
src.load()
print(sorted(src.memo.copy().items()))
u.memo = src.memo
print(sorted(u.memo.copy().items()))
# a bad key fails after the entries before it went into the current memo
try:
    u.memo = {7: 'seven', 'x': 1}
except TypeError as e:
    print('TypeError', e)
print(sorted(u.memo.copy().items(), key=repr))
try:
    u.memo = {8: 'eight', -1: 1}
except ValueError as e:
    print('ValueError', e)
print(sorted(u.memo.copy().items(), key=repr))
for bad in (5, [1], None):
    try:
        u.memo = bad
    except TypeError as e:
        print('TypeError', e)
try:
    del u.memo
except TypeError as e:
    print('TypeError', e)
u2 = pickle.Unpickler(io.BytesIO(pickle.dumps([1, [2]], 2)))
u2.memo = {0: 'zero', 3: 'three'}
print(u2.memo.copy(), u2.load())
u.memo.clear()
print(u.memo.copy())
# Pickler.memo
p = pickle.Pickler(io.BytesIO())
x = 'x'
p.memo = {id(x): (0, x)}
print(list(p.memo.copy().values()))
try:
    p.memo = {1: 2}
except TypeError as e:
    print('TypeError', e)
# signatures of _pickle's classes and their methods
for obj in (pickle.Pickler, pickle.Unpickler, pickle.Pickler.dump, pickle.Pickler.clear_memo,
            pickle.Unpickler.load, pickle.Unpickler.find_class, pickle.Pickler.__sizeof__):
    print(obj.__qualname__, inspect.signature(obj))
print(inspect.signature(p.dump), inspect.signature(u.find_class))
