# threading.Thread: targets with args/kwargs, names, join (with timeout), is_alive, daemon,
# current_thread/main_thread, active_count/enumerate, subclasses overriding run, errors.
import threading

results = []


def work(n, scale=1):
    results.append(n * scale)


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], threads[0].ident is None, threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads], all(t.ident is not None for t in threads))

main = threading.current_thread()
print(main.name, main is threading.main_thread(), type(main).__name__, main.daemon)
print(threading.active_count(), len(threading.enumerate()), threading.get_ident() == main.ident)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        self.seen_name = threading.current_thread().name


c = Counter(1000)
c.start()
c.join()
print(c.total, c.seen_name, c.is_alive())

gate = threading.Event()


def blocked():
    gate.wait()


b = threading.Thread(target=blocked, name="blocked", daemon=True)
b.start()
b.join(timeout=0.05)
print("after join timeout:", b.is_alive(), b.daemon)
gate.set()
b.join()
print("after set:", b.is_alive())

for bad in [lambda: c.start(), lambda: threading.Thread().join(), lambda: threading.current_thread().join()]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    c.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)

seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name))
t.start()
t.join()
print(seen[0] == t.name, t.name.startswith("Thread-"), t.name.endswith("(<lambda>)"))
print(threading.active_count())
