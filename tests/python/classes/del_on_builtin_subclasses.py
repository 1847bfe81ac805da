# __del__ of subclasses of the built-in value types runs once the instance is unreachable
# (at gc.collect() here; CPython runs it at once), and an exhausted iterator lets go of what it
# iterated, so the object it held is finalized too (test.support.check_free_after_iterating).
import gc

CASES = [(bytes, (b"ab",)), (bytearray, (b"ab",)), (str, ("ab",)), (tuple, ((1, 2),)), (set, ([1, 2],)),
         (frozenset, ([1, 2],)), (int, (5,)), (float, (1.5,)), (complex, (1j,)), (list, ([1, 2],)),
         (dict, ({1: 2},))]
for cls, args in CASES:
    log = []

    class A(cls):
        def __del__(self):
            log.append("del " + cls.__name__)

    a = A(*args)
    del a
    gc.collect()
    print(cls.__name__, log)
    if cls in (int, float, complex):
        continue
    log.clear()
    it = iter(A(*args))
    for _ in it:
        pass
    gc.collect()
    print(cls.__name__, "after iterating", log)
import array
log = []


class Arr(array.array):
    def __del__(self):
        log.append("del array")


it = iter(Arr("b", [1, 2]))
for _ in it:
    pass
gc.collect()
print(log)
