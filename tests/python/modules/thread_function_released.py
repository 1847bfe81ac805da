# The function a finished _thread thread ran is no longer referenced by the runtime: a weak
# reference to it dies (test_thread's test__count waits for exactly that).
import _thread
import gc
import time
import weakref

done = []
lock = _thread.allocate_lock()
lock.acquire()


def task(box):
    box.append(1)
    lock.release()


box = []
_thread.start_new_thread(task, (box,))
lock.acquire()
wr = weakref.ref(task, lambda _: done.append(None))
del task
for i in range(40):
    gc.collect()
    if done:
        break
    time.sleep(0.05)
print(done, wr(), box)
