# A generator's frame (gi_frame.f_locals, f_lineno, gi_running, gi_suspended) inspected from a
# hot loop that drives it.
def gen(n):
    acc = 0
    for i in range(n):
        acc += i
        yield acc
    last = "done"
    yield last
g = gen(3000)
bad = 0
k = 0
for v in g:
    loc = g.gi_frame.f_locals
    if v != "done" and (loc["acc"] != v or loc["i"] != k):
        bad += 1
    k += 1
    if k in (1, 3000, 3001):
        print(k, g.gi_frame.f_lineno, sorted(loc))
print(bad, g.gi_frame, g.gi_running)
import inspect
def g2():
    for i in range(3000):
        yield inspect.getgeneratorstate(gg)
gg = g2()
states = set(gg)
print(sorted(states), inspect.getgeneratorstate(gg))
