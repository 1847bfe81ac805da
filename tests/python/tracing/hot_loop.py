# Tracing turned on in the middle of a loop hot enough for the JIT (the loop's
# own frame has no local trace function, so only the calls it makes from then
# on report events), then off again from inside the trace function.
import sys
import _events
_events.watch(__file__)

seen = []


def work(i):
    return i % 7


def stopper(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    seen.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    if event == "call" and frame.f_code.co_name == "work" and len(seen) > 12:
        sys.settrace(None)
    return stopper


def run(n):
    total = 0
    for i in range(n):
        total += work(i)
        if i == 2500:
            sys.settrace(stopper)
    return total


print(run(5000))
print(len(seen))
for e in seen:
    print(*e)
print("after:", sys.gettrace())


# the same with a loop whose call the JIT inlines, tracing from the start
def square(x):
    return x * x


def inline_loop(n):
    s = 0
    for i in range(n):
        s += square(i)
    return s


print(inline_loop(3000))
calls = [0]


def counter(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "square":
        calls[0] += 1
    return None


sys.settrace(counter)
print(inline_loop(3000))
sys.settrace(None)
print("square calls:", calls[0])
