# Every timeout and sleep argument goes through CPython's one conversion (_PyTime_FromSecondsObject):
# floats and anything with __index__ are accepted, NaN and out-of-range values fail with the same
# messages, and a socket's timeout reads back as whole nanoseconds in seconds.
import os
import select
import socket
import threading
import time


class Index:
    def __index__(self):
        return 0


class Floaty:
    def __float__(self):
        return 0.5


values = ["x", None, -1, -1e-10, 0, 1.5, -0.0, True, Index(), Floaty(), float("nan"), float("inf"),
          1e300, 2 ** 70, 10 ** 18, 9223372036, 9223372037, 1e-10, 2 ** 31]


def show(name, call):
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__, e)


s = socket.socket()
lock = threading.Lock()
r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
for v in values:
    print("--", repr(v) if not isinstance(v, (Index, Floaty)) else type(v).__name__)
    show("setdefaulttimeout", lambda: (socket.setdefaulttimeout(v), socket.getdefaulttimeout())[1])
    show("settimeout", lambda: (s.settimeout(v), s.gettimeout())[1])
    if v is None:
        continue
    number = isinstance(v, (int, float))
    if not (number and 0 < v <= 9223372036.85):  # a valid positive timeout would wait that long
        show("select", lambda: select.select([r], [], [], v))
        show("sleep", lambda: time.sleep(v))
        show("acquire", lambda: (lock.acquire(timeout=v), lock.release())[0])
    if not (number and v < 0):  # poll() waits for ever on a negative timeout; milliseconds here
        show("poll", lambda: p.poll(v))
socket.setdefaulttimeout(None)
s.close()
