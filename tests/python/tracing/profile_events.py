# sys.setprofile: 'call' and 'return' of Python functions (also generators and
# frames left by an exception), and 'c_call' / 'c_return' / 'c_exception' for
# builtins called from Python: functions, methods of builtin types, keywords.
import sys
import threading
import _events
from _events import profiler
_events.watch(__file__)


def helper(xs):
    xs.append(len(xs))
    return sorted(xs, reverse=True)


def fails():
    return int("x")


def gen():
    yield abs(-1)


def main():
    r = helper([3, 1])
    try:
        fails()
    except ValueError:
        pass
    for v in gen():
        pass
    d = {}
    d.get("k", max(1, 2))
    return r


sys.setprofile(profiler)
main()
sys.setprofile(None)
print("getprofile after:", sys.getprofile())

# threading.settrace / setprofile hand the functions to new threads
got = []


def thread_tracer(frame, event, arg):
    if frame.f_code.co_name == "in_thread":
        got.append(("trace", event))
        return thread_tracer
    return None


def thread_profiler(frame, event, arg):
    if frame.f_code.co_name == "in_thread":
        got.append(("profile", event))


def in_thread():
    x = 1
    return x


threading.settrace(thread_tracer)
threading.setprofile(thread_profiler)
t = threading.Thread(target=in_thread)
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
print(got)
print(sys.gettrace(), sys.getprofile())
