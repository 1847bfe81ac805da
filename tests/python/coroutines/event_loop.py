# A tiny event loop stepping several coroutines with send(): sleeps, channels, tasks awaiting tasks.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Channel:
    def __init__(self):
        self.items = []
    async def put(self, item):
        self.items.append(item)
        await Sleep(0)
    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.pop(0)

class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
    def __await__(self):
        while not self.done:
            yield ("join", self)
        if self.error is not None:
            raise self.error
        return self.result

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []   # (wake_time, seq, task)
        self.seq = 0
    def spawn(self, coro, name):
        t = Task(self, coro, name)
        self.schedule(t, 0)
        return t
    def schedule(self, task, delay):
        self.seq += 1
        self.ready.append((self.now + delay, self.seq, task))
    def run(self):
        while self.ready:
            self.ready.sort(key=lambda e: (e[0], e[1]))
            when, _, task = self.ready.pop(0)
            self.now = max(self.now, when)
            try:
                req = task.coro.send(None)
            except StopIteration as e:
                task.done, task.result = True, e.value
                print(f"[t={self.now}] {task.name} finished -> {e.value!r}")
                for w in task.waiters:
                    self.schedule(w, 0)
                continue
            except Exception as e:
                task.done, task.error = True, e
                print(f"[t={self.now}] {task.name} failed: {type(e).__name__}: {e}")
                for w in task.waiters:
                    self.schedule(w, 0)
                continue
            kind, arg = req
            if kind == "sleep":
                self.schedule(task, arg)
            elif kind == "join":
                arg.waiters.append(task)

loop = Loop()
ch = Channel()

async def producer(n):
    for i in range(n):
        await Sleep(2)
        print(f"[t={loop.now}] produce {i}")
        await ch.put(i)
    await ch.put(None)
    return "produced %d" % n

async def consumer():
    total = 0
    while True:
        item = await ch.get()
        if item is None:
            break
        print(f"[t={loop.now}] consume {item}")
        total += item
    return total

async def failing():
    await Sleep(3)
    raise ValueError("task broke")

async def supervisor():
    p = loop.spawn(producer(3), "producer")
    c = loop.spawn(consumer(), "consumer")
    f = loop.spawn(failing(), "failing")
    print(f"[t={loop.now}] supervisor waits")
    total = await c
    print(f"[t={loop.now}] consumer total", total)
    print(f"[t={loop.now}] producer said", await p)
    try:
        await f
    except ValueError as e:
        print(f"[t={loop.now}] supervisor saw", repr(e))
    return "all done"

loop.spawn(supervisor(), "supervisor")
loop.run()
print("final time", loop.now)
