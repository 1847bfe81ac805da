# queue.Queue between a producer and consumers (task_done/join), LifoQueue, PriorityQueue,
# Empty/Full with timeouts, SimpleQueue.
import queue
import threading

q = queue.Queue()
results = []
rlock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(results) == [i * i for i in range(20)], q.empty(), q.qsize())

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for p in [5, 1, 3]:
    pq.put((p, "p%d" % p))
print([pq.get()[1] for _ in range(3)])
small = queue.Queue(maxsize=1)
small.put("x")
try:
    small.put("y", timeout=0.01)
except queue.Full:
    print("Full")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty nowait")
sq = queue.SimpleQueue()
threading.Thread(target=sq.put, args=("from thread",)).start()
print(sq.get(), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
