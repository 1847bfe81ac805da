# A generator whose loop ends at its yield, hot enough that its resumption enters the loop's
# trace directly (Jit.resumeAtBackJump): once a profile function is set, each resumption runs
# in tier 1 and reports its events, and the values are the same.
import sys


def double(x):
    return x * 2


def gen(xs):
    for x in xs:
        yield double(x)


events = []


def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__ and frame.f_code.co_name in ("gen", "double"):
        events.append((event, frame.f_code.co_name))


g = gen(range(10000))
total = 0
for k in range(9000):
    total += next(g)
sys.setprofile(prof)
for k in range(3):
    total += next(g)
sys.setprofile(None)
total += sum(g)
print(total)
for e in events:
    print(*e)
