# _thread.lock and _thread.RLock: acquire/release, argument errors, reprs, context managers.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, _thread.error is RuntimeError)
print(_thread.TIMEOUT_MAX)
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
print(repr(lock).split(" object at ")[0])
lock.release()
print(repr(lock).split(" object at ")[0])

for kwargs in [dict(blocking=False, timeout=1), dict(timeout=-2), dict(timeout=-0.5), dict(timeout="x"),
               dict(timeout=None), dict(timeout=1e300), dict(timeout=10**10), dict(timeout=float("nan")),
               dict(foo=1)]:
    try:
        lock.acquire(**kwargs)
    except Exception as e:
        print(kwargs, type(e).__name__, e)
print(lock.acquire(timeout=-1), lock.acquire(timeout=0.0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

with lock:
    print("inside", lock.locked())
print("after", lock.locked())
try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)
try:
    class MyLock(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    _thread.allocate_lock(1)
except TypeError as e:
    print("TypeError", e)

r = _thread.RLock()
print(type(r).__name__, r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(r.acquire(), r.acquire(), r.acquire(False), r._is_owned(), r._recursion_count())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
state = r._release_save()
print(state[0], r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
for _ in range(3):
    r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
with r:
    with r:
        print("nested", r._recursion_count())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError", e)


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
m.tag = "t"
print(type(m).__name__, m.acquire(), m.tag, repr(m).split(" owner=")[0])
m.release()
