"""Richards-like benchmark: a small operating-system kernel simulation.

Six tasks (an idle task, a worker, two packet handlers and two devices) exchange packets
through a priority scheduler; every run must count the same number of packet sends and
task holds. Exercises method calls, attribute loads and stores, and linked lists.

Usage: python3 bench/richards.py [N]    N = number of scheduler runs
"""
# bench-size: default=45 quick=2
import sys

from _iterclock import iteration_clock

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
IDLE_COUNT = 10000


class Packet:
    """A message; `owner` is the task it goes to, then (once sent) the task that sent it."""

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = queue is not None
        self.held = False
        self.next = None

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def take_packet(self):
        if self.waiting and self.pending:
            packet = self.queue
            self.queue = packet.link
            self.pending = self.queue is not None
            self.waiting = False
            return packet
        return None

    def receive(self, packet, sender):
        """Puts `packet` on this task's queue; returns the task the kernel runs next."""
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > sender.priority:
                return self
            return sender
        self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None)
        self.count = count
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.count = 0
        data = packet.data
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.kernel.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.count
            if index < 4:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[index]
                    work.count = index + 1
                    return self.kernel.send(device)
            else:
                self.work = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.parked = None
        self.checksum = 0

    def run(self, packet):
        if packet is None:
            parked = self.parked
            if parked is None:
                return self.kernel.wait()
            self.parked = None
            return self.kernel.send(parked)
        self.parked = packet
        self.checksum = (self.checksum * 31 + packet.datum) % 1000003
        return self.kernel.hold()


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.first = None
        self.current = None
        self.sends = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # The run list is kept sorted by decreasing priority.
        if self.first is None or task.priority > self.first.priority:
            task.next = self.first
            self.first = task
            return
        before = self.first
        while before.next is not None and before.next.priority >= task.priority:
            before = before.next
        task.next = before.next
        before.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.owner]
        self.sends += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.receive(packet, self.current)

    def schedule(self):
        task = self.first
        while task is not None:
            if task.blocked():
                task = task.next
                continue
            self.current = task
            task = task.run(task.take_packet())


def build_kernel():
    kernel = Kernel()
    kernel.add(IdleTask(kernel, IDLE_COUNT))
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    kernel.add(WorkerTask(kernel, work))
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        kernel.add(HandlerTask(kernel, handler, priority, queue))
    kernel.add(DeviceTask(kernel, DEVICE_A, 4000))
    kernel.add(DeviceTask(kernel, DEVICE_B, 5000))
    return kernel


def main(runs):
    total = 0
    tick = iteration_clock()
    for _ in range(runs):
        kernel = build_kernel()
        kernel.schedule()
        devices = kernel.tasks[DEVICE_A].checksum * 7 + kernel.tasks[DEVICE_B].checksum
        total = (total * 1000003 + kernel.sends * 100000 + kernel.holds + devices) % (1 << 61)
        tick()
    print("checksum richards", runs, kernel.sends, kernel.holds, total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45)
