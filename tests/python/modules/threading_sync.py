# threading's synchronisation objects across real threads: Lock, RLock, Condition ordering a
# producer and consumer, Semaphore/BoundedSemaphore, Event with timeout, Barrier, Timer.
import threading

lock = threading.Lock()
rlock = threading.RLock()
with rlock:
    with rlock:
        print("rlock reentered", rlock._is_owned())
print(lock.acquire(), lock.acquire(blocking=False), lock.locked())
lock.release()

counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1


ts = [threading.Thread(target=add, args=(10000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter[0])

cond = threading.Condition()
items = []
log = []


def consumer():
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: items)
            log.append("got %s" % items.pop(0))
            cond.notify()


ct = threading.Thread(target=consumer)
ct.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
        cond.wait_for(lambda: not items)
ct.join()
print(log)
with cond:
    print("wait timeout", cond.wait(timeout=0.01))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Thread(target=ev.set).start()
print(ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())

barrier = threading.Barrier(3)
order = []
olock = threading.Lock()


def party(i):
    idx = barrier.wait()
    with olock:
        order.append(idx)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(order), barrier.n_waiting, barrier.broken, barrier.parties)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)

fired = []
timer = threading.Timer(0.01, fired.append, args=("fired",))
timer.start()
timer.join()
cancelled = threading.Timer(60, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.finished.is_set())
