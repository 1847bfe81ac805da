# sys.set_coroutine_origin_tracking_depth: cr_origin lists the callers of a new coroutine,
# innermost first, at most depth of them; 0 turns it off; the depth is per thread; argument errors.
import sys
import threading


async def coro():
    return 1


def make():
    return coro()


def outer():
    return make()


def short(origin):
    return None if origin is None else [(f.rsplit('/', 1)[-1], line, name) for f, line, name in origin]


print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print(short(c.cr_origin))
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print(short(c.cr_origin), type(c.cr_origin).__name__)
c.close()
try:
    c.cr_origin = ()
except AttributeError as e:
    print("AttributeError", e)


def in_thread():
    print("thread", sys.get_coroutine_origin_tracking_depth())
    c = outer()
    print("thread", c.cr_origin)
    c.close()


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(sys.get_coroutine_origin_tracking_depth())
for bad in (-1, "x", 2.0, 2 ** 70):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(depth=0)
c = outer()
print(c.cr_origin)
c.close()
for args, kwargs in (((), {}), ((1, 2), {}), ((), {"d": 1})):
    try:
        sys.set_coroutine_origin_tracking_depth(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print("TypeError", e)
