# Under sys.settrace, the StopIteration that ends a for loop or a `yield from`/`await` is an
# 'exception' event of the consuming frame when one is raised (CPython 3.11's FOR_ITER and SEND
# call_exc_trace): a generator returning a value other than None, a class iterator raising
# StopIteration(v), an iterator-based awaitable; none for a generator returning None or a builtin
# iterator running out. The events are the same when the trace function returns None for the frame.
import sys


def gen(v):
    yield 1
    return v


class It:
    def __init__(self, stop):
        self.n = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(*self.stop)
        return self.n


class Awaitable:
    def __await__(self):
        return It((9,))


events = []


def tracer(frame, event, arg):
    if event == "exception":
        exc = arg[1]
        events.append((frame.f_code.co_name, frame.f_lineno - first, arg[0].__name__, getattr(exc, "value", exc)))
    return tracer


first = tracer.__code__.co_firstlineno


def loops():
    for x in gen(5):
        pass
    for x in gen(None):
        pass
    for x in It((7,)):
        pass
    for x in It(()):
        pass
    for x in iter([1, 2]):
        pass
    for x in map(int, "12"):
        pass
    return "loops done"


def delegating():
    r = yield from gen(3)
    r2 = yield from It((7,))
    r3 = yield from gen(None)
    r4 = yield from iter([4])
    yield (r, r2, r3, r4)


async def waiting():
    return await Awaitable()


def run_coroutine():
    c = waiting()
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


for rounds in (1, 40):
    del events[:]
    sys.settrace(tracer)
    for _ in range(rounds):
        a = loops()
        b = list(delegating())
        c = run_coroutine()
    sys.settrace(None)
    print(rounds, a, b, c)
    seen = []
    for e in events:
        if e not in seen:
            seen.append(e)
    print(len(events), seen)


# A trace function that raises at the 'exception' event ending a for loop: the loop ends all the
# same (FOR_ITER clears the error) and the trace function is removed.
def raising_tracer(frame, event, arg):
    if event == "exception" and frame.f_code.co_name == "consume":
        raise RuntimeError("tracer failed")
    return raising_tracer


def consume(iterable):
    total = 0
    for x in iterable:
        total += x
    return total


for source in (lambda: gen(5), lambda: It((7,))):
    sys.settrace(raising_tracer)
    try:
        print("result", consume(source()))
    except RuntimeError as e:
        print("raised", e)
    print("trace function after:", sys.gettrace())
    sys.settrace(None)
