# multiprocessing.Process with the objects processes share: Queue, SimpleQueue, Pipe, Lock,
# BoundedSemaphore, Event; exit codes. Its start method is the platform's default (fork under
# CPython on Linux, spawn under Taipan, which cannot fork): the output is the same.
import multiprocessing as mp


def producer(q, conn, items):
    for i in items:
        q.put(i)
    q.put(None)
    msg = conn.recv()
    conn.send({"echo": msg, "len": len(msg)})
    conn.close()
    raise SystemExit(7)


def worker(lock, sem, event, q, n):
    with lock:
        q.put(("locked", n))
    with sem:
        q.put(("semaphore", n))
    q.put(("event", n, event.wait(60)))


if __name__ == "__main__":
    q = mp.Queue()
    here, there = mp.Pipe()
    p = mp.Process(target=producer, args=(q, there, [1, "two", (3.0, None), {"four": [4]}]), name="producer")
    print(p.name, p.exitcode, p.is_alive())
    p.start()
    got = []
    while (item := q.get(timeout=60)) is not None:
        got.append(item)
    print(got)
    here.send("hello")
    print(here.recv())
    p.join(60)
    print(p.name, p.exitcode, p.is_alive())

    lock = mp.Lock()
    sem = mp.BoundedSemaphore(1)
    event = mp.Event()
    results = mp.SimpleQueue()
    procs = [mp.Process(target=worker, args=(lock, sem, event, results, n)) for n in range(2)]
    for w in procs:
        w.start()
    first = sorted(results.get() for _ in range(4))
    print(first, event.is_set())
    event.set()
    print(sorted(results.get() for _ in range(2)))
    for w in procs:
        w.join(60)
    print([w.exitcode for w in procs])
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
