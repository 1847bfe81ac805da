# _thread.start_new_thread: arguments, keyword arguments, _count, locks used to wait for threads,
# an uncaught exception reported as unraisable, _set_sentinel, _local per thread.
import _thread
import sys

done = _thread.allocate_lock()
results = []


def work(a, b=0):
    results.append(a + b)
    done.release()


done.acquire()
_thread.start_new_thread(work, (1,), {"b": 2})
done.acquire()
_thread.start_new(work, (10,))
done.acquire()
print(results)

for args in [(1, ()), (print, []), (print, (), 1), (print,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    _thread.start_new_thread(print, (), foo=1)
except TypeError as e:
    print("TypeError", e)


class Failing:
    def __call__(self):
        end = _thread._set_sentinel()
        end.acquire()
        ends.append(end)
        done.release()
        raise ValueError("in a thread")

    def __repr__(self):
        return "<Failing>"


failing = Failing()


ends = []

_thread.start_new_thread(failing, ())
done.acquire()
# the report is written after failing() returns, before the thread's sentinel is released
ends[0].acquire()
print("reported")


def with_sentinel(box):
    end = _thread._set_sentinel()
    print("sentinel starts unlocked", end.locked() is False)
    end.acquire()
    box.append(end)
    done.release()


box = []
_thread.start_new_thread(with_sentinel, (box,))
done.acquire()
box[0].acquire()
print("sentinel released", box[0].locked() is True)
box[0].release()


def exits():
    try:
        _thread.exit()
    finally:
        done.release()


_thread.start_new_thread(exits, ())
done.acquire()

local = _thread._local()
local.x = "main"
seen = []


def reader():
    seen.append(hasattr(local, "x"))
    local.x = "thread"
    seen.append(local.x)
    done.release()


_thread.start_new_thread(reader, ())
done.acquire()
print(seen, local.x)


class Counted(_thread._local):
    inits = 0

    def __init__(self, start):
        Counted.inits += 1
        self.value = start


c = Counted(5)
c.value += 1


def bump():
    seen.append(c.value)
    done.release()


_thread.start_new_thread(bump, ())
done.acquire()
print(seen[-1], c.value, Counted.inits)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)
print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_native_id(), int))
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0), _thread.stack_size())
print(_thread.stack_size(1 << 20), _thread.stack_size(1 << 21), _thread.stack_size(0))
for v in [10, -1, "x"]:
    try:
        _thread.stack_size(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
