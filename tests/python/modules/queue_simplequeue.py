# _queue.SimpleQueue and _queue.Empty, which queue.SimpleQueue and queue.Empty are: arguments,
# errors, waits with a timeout, items from another thread, and a signal during a wait.
import _queue, queue, threading, time, weakref
q = _queue.SimpleQueue()
try: q.get(block='x', timeout=0)
except Exception as e: print(type(e).__name__, e)
try: q.get(True, -1)
except Exception as e: print(type(e).__name__, e)
try: q.get(False)
except Exception as e: print(type(e).__name__, repr(e), type(e).__module__, type(e).__qualname__, type(e).__mro__[1])
try: _queue.SimpleQueue(1)
except Exception as e: print(type(e).__name__, e)
try: _queue.SimpleQueue(a=1)
except Exception as e: print(type(e).__name__, e)
try: q.get(timeout='s')
except Exception as e: print(type(e).__name__, e)
try: q.put()
except Exception as e: print(type(e).__name__, e)
print(q.put(1, block=False, timeout=5), q.qsize(), q.empty(), q.get(), _queue.SimpleQueue[int], _queue.SimpleQueue.__module__)
class S(_queue.SimpleQueue):
    def __init__(self, x): self.x = x
print(S(3).x)
print(weakref.ref(q)() is q)
print(sorted(k for k in dir(q) if not k.startswith('__')))
try: q.attr = 1
except AttributeError as e: print("AttributeError", e)
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
t0 = time.monotonic()
try: q.get(timeout=0.2)
except queue.Empty: print("timed out", time.monotonic() - t0 >= 0.19)
def producer():
    for i in range(5):
        time.sleep(0.01); q.put(i)
threading.Thread(target=producer).start()
print([q.get() for _ in range(5)])
for i in range(3): q.put_nowait(i)
print(q.get_nowait(), q.get(False), q.get(block=True, timeout=1), q.empty())

import os, signal
def killer():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=killer).start()
try:
    q.get(timeout=30)
except KeyboardInterrupt:
    print("interrupted")
got = []
signal.signal(signal.SIGINT, lambda *a: got.append("handler"))
threading.Thread(target=killer).start()
def putter():
    while not got:
        time.sleep(0.01)
    q.put("item")
threading.Thread(target=putter).start()
print(q.get(timeout=30), got)
for call in ("q.get_nowait(x=1)", "q.get_nowait(1)", "q.qsize(1)", "q.put_nowait()", "q.put_nowait(1, 2)",
             "q.put_nowait(item=3)", "q.get(timeout=-1e-10)", "q.get(timeout=-1e-9)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
