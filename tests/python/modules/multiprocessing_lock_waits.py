# Waits on multiprocessing's locks (POSIX semaphores) in one process: a signal handler runs during
# a blocked acquire and its exception ends the wait; a timeout gives False after about that long;
# another thread's release ends a wait.
import multiprocessing as mp
import signal
import threading
import time


def handler(signum, frame):
    raise KeyboardInterrupt("alarm")


if __name__ == "__main__":
    signal.signal(signal.SIGALRM, handler)
    lock = mp.Lock()
    print(lock.acquire())
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    start = time.monotonic()
    try:
        lock.acquire()
    except KeyboardInterrupt as e:
        print("interrupted", e, 0.1 < time.monotonic() - start < 30)
    start = time.monotonic()
    print(lock.acquire(timeout=0.25), 0.2 < time.monotonic() - start < 30)
    print(lock.acquire(timeout=-1), lock.acquire(False))
    lock.release()
    print(lock.acquire(timeout=0))

    sem = mp.Semaphore(0)
    threading.Timer(0.1, sem.release).start()
    print(sem.acquire(timeout=30), sem.get_value())

    rlock = mp.RLock()
    print(rlock.acquire(), rlock.acquire(), rlock)
    done = []
    waiter = threading.Thread(target=lambda: done.append(rlock.acquire(timeout=0.1)))
    waiter.start()
    waiter.join()
    print(done)
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError", e)

    cond = mp.Condition()
    hits = []

    def notify():
        with cond:
            hits.append(1)
            cond.notify()

    with cond:
        threading.Timer(0.1, notify).start()
        print(cond.wait_for(lambda: hits, timeout=30))
    event = mp.Event()
    print(event.wait(0.05), event.is_set())
