"""DeltaBlue-like benchmark: an incremental one-way constraint solver.

Constraints (stay, edit, equality, linear scale) have strengths; adding or removing one
re-plans which constraint determines each variable by walking the graph with "walkabout"
strengths, and an extracted plan is then executed repeatedly. Two workloads: a long chain of
equalities and a projection of many variables through scale constraints. Exercises class
hierarchies, virtual method calls, list queues and attribute traffic.

Usage: python3 bench/deltablue.py [N]    N = number of rounds (each: chain and projection of 120)
"""
# bench-size: default=500 quick=5
import sys

from _iterclock import iteration_clock

# Strength levels: a smaller number is stronger.
REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6

NONE = 0
FORWARD = 1
BACKWARD = 2


class PlanningError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def install(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def uninstall(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)  # takes it out of the graph too
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark, planner):
        """Picks a way to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise PlanningError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise PlanningError("cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, variable, strength, planner):
        Constraint.__init__(self, strength)
        self.variable = variable
        self.satisfied = False
        self.install(planner)

    def add_to_graph(self):
        self.variable.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and self.strength < v.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def inputs_known(self, mark):
        return True

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        v = self.variable
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, source, target, strength, planner):
        Constraint.__init__(self, strength)
        self.source = source
        self.target = target
        self.direction = NONE
        self.install(planner)

    def add_to_graph(self):
        self.source.attach(self)
        self.target.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.source.detach(self)
        self.target.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a = self.source
        b = self.target
        s = self.strength
        if a.mark == mark:
            self.direction = FORWARD if b.mark != mark and s < b.walk_strength else NONE
        elif b.mark == mark:
            self.direction = BACKWARD if a.mark != mark and s < a.walk_strength else NONE
        elif a.walk_strength > b.walk_strength:
            # The source is the weaker end: write it if this constraint beats its strength.
            self.direction = BACKWARD if s < a.walk_strength else NONE
        else:
            self.direction = FORWARD if s < b.walk_strength else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.source if self.direction == FORWARD else self.target

    def output(self):
        return self.target if self.direction == FORWARD else self.source

    def inputs_known(self, mark):
        v = self.input()
        return v.mark == mark or v.stay or v.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """target = source * scale + offset (and backwards, by integer division)."""

    def __init__(self, source, scale, offset, target, strength, planner):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, source, target, strength, planner)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.target.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.target.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def run(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for c in unsatisfied:
                if c.strength == strength:
                    self.incremental_add(c)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.consumers_of(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, variable, into):
        determining = variable.determined_by
        for c in variable.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        head = 0
        while head < len(todo):
            c = todo[head]
            head += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain(n):
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(a, b, REQUIRED, planner)
    first = variables[0]
    last = variables[-1]
    StayConstraint(last, STRONG_DEFAULT, planner)
    edit = EditConstraint(first, PREFERRED, planner)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for value in range(100):
        first.value = value
        plan.run()
        if last.value != value:
            raise PlanningError("chain gave %d for %d" % (last.value, value))
        total += last.value
    edit.uninstall(planner)
    return total + len(plan.steps)


def change(planner, variable, value):
    edit = EditConstraint(variable, PREFERRED, planner)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        variable.value = value
        plan.run()
    edit.uninstall(planner)


def projection(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources = []
    targets = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        target = Variable("dst%d" % i, i)
        sources.append(source)
        targets.append(target)
        StayConstraint(source, NORMAL, planner)
        ScaleConstraint(source, scale, offset, target, REQUIRED, planner)
    # The last pair is moved by hand; the others must follow scale and offset.
    change(planner, sources[-1], 17)
    check = targets[-1].value
    change(planner, targets[-1], 1050)
    check = check * 7 + sources[-1].value
    change(planner, scale, 5)
    for i in range(n - 1):
        if targets[i].value != i * 5 + 1000:
            raise PlanningError("projection 1 at %d" % i)
    change(planner, offset, 2000)
    for i in range(n - 1):
        if targets[i].value != i * 5 + 2000:
            raise PlanningError("projection 2 at %d" % i)
    return check + sum(t.value for t in targets)


def main(rounds):
    total = 0
    tick = iteration_clock()
    for _ in range(rounds):
        total += chain(120)
        total += projection(120)
        tick()
    print("checksum deltablue", rounds, total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
