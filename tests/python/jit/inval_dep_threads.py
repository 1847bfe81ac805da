# A traced loop in one thread spins on a global another thread rebinds: the trace's constant
# must be invalidated across threads (and re-recorded with the new binding).
import threading
import time

LIMIT = 1


def spin():
    n = 0
    while n < LIMIT * 1000000:
        n += 1
        if LIMIT > 1:
            break
    return n


def setter():
    global LIMIT
    time.sleep(0.05)
    LIMIT = 2


results = []
t = threading.Thread(target=setter)
t.start()
results.append(spin())
t.join()
print(LIMIT, results[0] <= 1000000)
