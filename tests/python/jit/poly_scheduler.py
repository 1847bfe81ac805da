# A scheduler loop that dispatches over four task classes with different shapes (richards'
# Kernel.schedule): `task = task.run()` returns the next task, so each iteration's receiver is a
# different class, and the branches are inside the inlined methods (blocked(), each run()).
# The trace is recorded for one class; the others and the branches inside the calls grow bridges.


class Task:
    def __init__(self, sched, name, prio):
        self.sched = sched
        self.name = name
        self.prio = prio
        self.held = False
        self.waiting = False
        self.next = None
        self.runs = 0

    def blocked(self):
        return self.held or (self.waiting and self.runs % 3 == 0)


class Counter(Task):
    def __init__(self, sched, name, prio, step):
        Task.__init__(self, sched, name, prio)
        self.step = step
        self.total = 0

    def run(self):
        self.runs += 1
        self.total += self.step
        if self.total % 7 == 0:
            self.waiting = not self.waiting
        return self.next


class Mixer(Task):
    def __init__(self, sched, name, prio):
        Task.__init__(self, sched, name, prio)
        self.seed = 12345
        self.hist = [0, 0, 0, 0]

    def run(self):
        self.runs += 1
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xB400
        else:
            self.seed >>= 1
        self.hist[self.seed & 3] += 1
        return self.sched.pick(self.seed)


class Holder(Task):
    def __init__(self, sched, name, prio):
        Task.__init__(self, sched, name, prio)
        self.count = 0

    def run(self):
        self.runs += 1
        self.count += 1
        if self.count % 5 == 0:
            self.sched.holds += 1
            self.sched.tasks[self.count % 4 + 1].held = True
            return self.sched.first
        return self.next


class Idle(Task):
    def __init__(self, sched, name, prio, budget):
        Task.__init__(self, sched, name, prio)
        self.budget = budget

    def run(self):
        self.runs += 1
        self.budget -= 1
        if self.budget <= 0:
            return None
        for t in self.sched.tasks:
            t.held = False
            if self.budget % 4 == 0:
                t.waiting = False
        return self.sched.first


class Sched:
    def __init__(self):
        self.tasks = []
        self.first = None
        self.holds = 0

    def add(self, t):
        t.next = self.first
        self.first = t
        self.tasks.append(t)

    def pick(self, seed):
        return self.tasks[seed % len(self.tasks)]

    def schedule(self):
        task = self.first
        steps = 0
        while task is not None:
            steps += 1
            if task.blocked():
                task = task.next
                if task is None:
                    task = self.tasks[0]
                continue
            task = task.run()
        return steps


def build(budget):
    s = Sched()
    s.add(Idle(s, "idle", 0, budget))
    s.add(Counter(s, "c3", 1, 3))
    s.add(Mixer(s, "mix", 2))
    s.add(Counter(s, "c5", 3, 5))
    s.add(Holder(s, "hold", 4))
    return s


for budget in (50, 400, 3000):
    s = build(budget)
    steps = s.schedule()
    print(budget, steps, s.holds, [(t.name, t.runs) for t in s.tasks])
    print("  ", s.tasks[2].hist, s.tasks[1].total, s.tasks[3].total)
