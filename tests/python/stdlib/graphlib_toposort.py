# graphlib.TopologicalSorter from the standard library, and its CycleError.
import graphlib

ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "c": {"a"}, "b": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(2, 1)
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps)
try:
    list(graphlib.TopologicalSorter({1: {2}, 2: {1}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))
