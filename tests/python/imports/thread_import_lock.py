# A thread importing a module that another thread is still initialising waits for it to finish
# (the per-module import lock), instead of seeing the partial module.
import _thread
import sys
import time

results = []
done = [_thread.allocate_lock(), _thread.allocate_lock()]


def importer(tag, lock):
    import _threaded.slow
    results.append((tag, _threaded.slow.FINISHED))
    lock.release()


for lock in done:
    lock.acquire()
_thread.start_new_thread(importer, ("first", done[0]))
while "_threaded.slow" not in sys.modules:
    time.sleep(0.005)
_thread.start_new_thread(importer, ("second", done[1]))
from _threaded.slow import FINISHED
print("main", FINISHED)
for lock in done:
    lock.acquire()
print(sorted(results))
