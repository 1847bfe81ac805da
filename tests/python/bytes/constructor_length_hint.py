# bytes(iterable) asks the iterable's length hint as CPython's _PyBytes_FromIterator does;
# bytearray(iterable) does not; list and tuple subclasses are iterated with their own __iter__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

log = []

class Hint:
    def __init__(self, hint, items=(1, 2)):
        self.hint, self.items = hint, items
    def __iter__(self):
        log.append('iter')
        return iter(self.items)
    def __length_hint__(self):
        log.append('hint')
        if isinstance(self.hint, BaseException):
            raise self.hint
        return self.hint

for h in [ValueError('boom'), 'x', 2.0, -1, 0, 1, 100, NotImplemented, TypeError('ignored'), 2**62, 2**70, True]:
    log.clear()
    show(lambda: bytes(Hint(h)))
    print(' ', log)
    log.clear()
    show(lambda: bytearray(Hint(h)))
    print(' ', log)

class BadIter(Hint):
    def __iter__(self):
        log.append('iter')
        raise KeyError('iter first')
log.clear()
show(lambda: bytes(BadIter(ValueError('not reached'))))
print(' ', log)

class L(list):
    def __iter__(self):
        return iter([5, 6])
class LBadLen(list):
    def __iter__(self):
        return iter([7])
    def __len__(self):
        raise ValueError('len raised')
class LTypeLen(L):
    def __len__(self):
        raise TypeError('len ignored')
class T(tuple):
    def __iter__(self):
        return iter([8])
for cls in (L, LBadLen, LTypeLen, T):
    show(lambda: bytes(cls([1, 2, 3])))
    show(lambda: bytearray(cls([1, 2, 3])))

# items are converted as they come: a bad item stops the iteration there
def gen():
    log.append('a')
    yield 1
    log.append('b')
    yield 300
    log.append('c')
    yield 2
log.clear()
show(lambda: bytes(gen()))
print(' ', log)
log.clear()
show(lambda: bytearray(gen()))
print(' ', log)

class Sub(bytes):
    pass
show(lambda: Sub(Hint(3, (65, 66, 67))))
show(lambda: Sub(Hint(ValueError('sub'))))
show(lambda: bytes(Hint(1, range(300, 301))))
show(lambda: bytes(Hint(1, ['a'])))
