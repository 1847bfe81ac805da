# deque.remove/index/count/in when a comparison mutates the deque (IndexError for remove, a match
# wins for index and in), bytes()/bytearray() of a bytes subclass whose __index__ raises TypeError
# (taken as a buffer), and partial.__repr__ taking a keyword value before its key is formatted.
from collections import deque
import functools
class M:
    def __init__(s, d, r): s.d=d; s.r=r
    def __eq__(s, o):
        s.d.clear(); return s.r
for match in (True, False):
    d = deque(['ab']); d.extend([M(d, match), 'c'])
    try: d.remove('c')
    except IndexError as e: print('IndexError', e, d)
    d = deque(['ab']); d.extend([M(d, match), 'c'])
    try: d.index('c')
    except RuntimeError as e: print('RuntimeError', e, d)
class B(bytes):
    def __index__(self):
        raise TypeError
class V(bytes):
    def __index__(self):
        raise ValueError("v")
print(bytearray(B(b"foobar")), bytes(B(b"xy")))
try: bytearray(V(b"x"))
except ValueError as e: print("ValueError", e)
def capture(*a, **k): return a, k
p = functools.partial(capture)
class MutatesYourDict(object):
    def __str__(self):
        p.keywords[self] = ['sth2']
        return 'astr'
p.keywords[MutatesYourDict()] = ['sth']
print(repr(p).split(',', 1)[1])
for match in (True, False):
    d = deque(['ab']); d.extend([M(d, match), 'c'])
    try: print('c' in d)
    except RuntimeError as e: print('RuntimeError', e, d)
    d = deque(['ab']); d.extend([M(d, match), 'c'])
    try: print(d.index('c'))
    except RuntimeError as e: print('RuntimeError', e, d)
    d = deque(['ab']); d.extend([M(d, match), 'c'])
    try: print(d.count('c'))
    except RuntimeError as e: print('RuntimeError', e, d)
# deque subclasses pickle their __getstate__ (dict and slots) and iterate with their own __iter__
import copy
import pickle
class Slotted(deque):
    __slots__ = ('x', 'y', '__dict__')
s = Slotted('ab', 5)
s.x = 1
s.z = 2
print(s.__reduce__()[:3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(s, proto))
    print(type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, 'y'))
print(copy.deepcopy(s).x)
class BadIter(deque):
    def __iter__(self):
        raise TypeError("no iterating")
try:
    pickle.dumps(BadIter('abc'))
except TypeError as e:
    print("TypeError", e)
print(deque('ab').__reduce__()[2])
