# Bridges grown from exits inside inlined methods (the bridge starts in the callee and reads the
# values its exit held) stay exact when what they assumed changes while they are hot: a class's
# method replaced and a global rebound, from inside the bridge's own path and from outside it
# between calls. The bridge must stop running the old code at once, not at its next hop.

OFFSET = 3


class Task:
    def __init__(self, n):
        self.n = n
        self.count = 0

    def step(self, i):
        if i & 1:
            self.count += self.n
        else:
            self.count -= 1
        return self.count


class Device(Task):
    def step(self, i):
        if i % 3 == 0:
            self.count += OFFSET
        else:
            self.count += self.n * 2
        return self.count


class Idle(Task):
    def step(self, i):
        if i % 5:
            return self.count
        self.count += OFFSET
        return self.count


def device_patched(self, i):
    return self.count + 1000


def run(tasks, n, patch_at, what):
    global OFFSET
    total = 0
    k = len(tasks)
    for i in range(n):
        t = tasks[i % k]
        total = (total + t.step(i)) % 1000003
        if i == patch_at:
            if what == "method":
                Device.step = device_patched
            elif what == "global":
                OFFSET = -7
            elif what == "idle":
                Idle.step = lambda self, i: self.count - i
            elif what == "base":
                Task.step = lambda self, i: self.n * 5
    return total, [t.count for t in tasks]


orig_device = Device.step
orig_task = Task.step
orig_idle = Idle.step
for what in ("none", "method", "global", "idle", "base"):
    tasks = [Task(1), Device(2), Idle(3), Device(4)]
    print(what, run(tasks, 3000, 1777, what))
    # the same loop again with the change in place: the old bridges must be gone
    print(what, "again", run(tasks, 3000, -1, "none"))
    Device.step = orig_device
    Task.step = orig_task
    Idle.step = orig_idle
    OFFSET = 3

# the change made outside the loop, between two hot runs
tasks = [Task(1), Device(2), Idle(3)]
print(run(tasks, 2500, -1, "none"))
Device.step = device_patched
print(run(tasks, 2500, -1, "none"))
OFFSET = 11
Device.step = orig_device
print(run(tasks, 2500, -1, "none"))
Idle.step = lambda self, i: -i
print(run(tasks, 2500, -1, "none"))
