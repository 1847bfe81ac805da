# deltablue's Plan.run shape: one call site over two receiver classes, run over long plans
# and over 2-step plans in turns (the trace survives the short phases, the bridge takes the
# other class), then a third class appears mid-run.
class Var:
    def __init__(self):
        self.value = 0


class Equal:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def execute(self):
        self.b.value = self.a.value


class Scale:
    def __init__(self, a, b, k):
        self.a = a
        self.b = b
        self.k = k

    def execute(self):
        self.b.value = self.a.value * self.k + 1


class Negate:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def execute(self):
        self.b.value = -self.a.value


def run(steps):
    for c in steps:
        c.execute()


def plan(n, kinds):
    vs = [Var() for _ in range(n + 1)]
    vs[0].value = 1
    steps = []
    for i in range(n):
        k = kinds[i % len(kinds)]
        if k == "e":
            steps.append(Equal(vs[i], vs[i + 1]))
        elif k == "s":
            steps.append(Scale(vs[i], vs[i + 1], 2))
        else:
            steps.append(Negate(vs[i], vs[i + 1]))
    return vs, steps


total = 0
long_vs, long_plan = plan(60, "eees")
short_vs, short_plan = plan(2, "se")
for round in range(40):
    run(long_plan)
    total += long_vs[-1].value % 1000003
    for _ in range(30):
        run(short_plan)
        total += short_vs[-1].value
    short_vs[0].value = round
    long_vs[0].value = round % 7
print(total)
mixed_vs, mixed_plan = plan(50, "esn")
for round in range(60):
    mixed_vs[0].value = round
    run(mixed_plan)
    total += mixed_vs[-1].value
print(total)
