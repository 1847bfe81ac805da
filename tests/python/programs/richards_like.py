# A small operating-system scheduler simulation in the spirit of the classic
# Richards benchmark: tasks with priorities exchange packets through a
# scheduler; idle, worker, handler and device tasks. Written from scratch.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = "device", "work"


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, ident, priority, queue, scheduler):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.scheduler = scheduler
        self.waiting = queue is None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, ident, priority, scheduler, count):
        super().__init__(ident, priority, None, scheduler)
        self.waiting = False
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, ident, priority, queue, scheduler):
        super().__init__(ident, priority, queue, scheduler)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, ident, priority, queue, scheduler):
        super().__init__(ident, priority, queue, scheduler)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.datum < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.datum = work.data[work.datum]
                    work.datum += 1
                    return self.scheduler.queue_packet(dev)
            else:
                self.work = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, ident, priority, scheduler):
        super().__init__(ident, priority, None, scheduler)
        self.pending = None
        self.output = []

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.output.append(chr(packet.datum))
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def ordered(self):
        return sorted(self.tasks.values(), key=lambda t: -t.priority)

    def schedule(self):
        switches = 0
        while True:
            runnable = [t for t in self.ordered() if t.runnable()]
            if not runnable:
                return switches
            self.current = runnable[0]
            packet = self.current.take_packet() if self.current.queue is not None else None
            if packet is None and self.current.waiting:
                self.current.waiting = False
            self.current.runs += 1
            self.current.run(packet)
            switches += 1

    def wait(self):
        self.current.waiting = True

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def queue_packet(self, packet):
        target = self.tasks[packet.dest]
        self.queue_count += 1
        packet.link = None
        packet.dest = self.current.ident
        target.queue = packet.append_to(target.queue)
        target.waiting = False


def build_chain(n, dest, kind):
    queue = None
    for _ in range(n):
        queue = Packet(queue, dest, kind)
    return queue


s = Scheduler()
s.add(IdleTask(IDLE, 0, s, 120))
s.add(WorkerTask(WORKER, 1000, build_chain(2, WORKER, KIND_WORK), s))
s.add(HandlerTask(HANDLER_A, 2000, build_chain(3, DEVICE_A, KIND_DEVICE), s))
s.add(HandlerTask(HANDLER_B, 3000, build_chain(3, DEVICE_B, KIND_DEVICE), s))
s.add(DeviceTask(DEVICE_A, 4000, s))
s.add(DeviceTask(DEVICE_B, 5000, s))
switches = s.schedule()
print("switches:", switches)
print("queue count:", s.queue_count, "hold count:", s.hold_count)
for t in sorted(s.tasks.values(), key=lambda t: t.ident):
    print(f"task {t.ident} {type(t).__name__:<11} runs={t.runs:<4} held={t.held} waiting={t.waiting}")
print("device A output:", "".join(s.tasks[DEVICE_A].output))
print("device B output:", "".join(s.tasks[DEVICE_B].output))
