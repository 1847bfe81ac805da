# A value sent into the outermost generator of a deep `yield from` chain reaches the innermost,
# and what it yields comes back up through every level: send, throw and close in the middle of
# the chain, exceptions raised at depth, return values, gi_running/gi_yieldfrom/f_back seen from
# inside, and the exception being handled around a `yield from`.
import sys
import traceback


def echo(log):
    # the innermost level: yields what it was sent, doubled
    received = None
    while True:
        try:
            received = yield (received or 0) * 2
        except ValueError as e:
            log.append("echo caught " + str(e))
            received = -1
        if received == "stop":
            return "echo done"


def level(depth, log):
    if depth == 0:
        result = yield from echo(log)
    else:
        result = yield from level(depth - 1, log)
    log.append("level %d got %r" % (depth, result))
    return result


log = []
g = level(11, log)
print(next(g))
print([g.send(k) for k in range(1, 6)])
print(g.throw(ValueError("deep")))
print(g.send(7))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
print(log)
print(g.gi_running, g.gi_yieldfrom, g.gi_frame)


# throw of an exception nobody catches: it leaves every level, with one traceback entry per level
def thrower(depth):
    if depth == 0:
        yield 1
        yield 2
    else:
        yield from thrower(depth - 1)


g = thrower(6)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("KeyError", [(f.name, f.line) for f in tb])
print(g.gi_frame)


# an exception raised at depth by the innermost body on a send
def failing(depth, at):
    if depth == 0:
        n = 0
        while True:
            sent = yield n
            n += 1
            if n == at:
                raise ZeroDivisionError("at %d (sent %r)" % (n, sent))
    else:
        yield from failing(depth - 1, at)


g = failing(8, 3)
out = [next(g)]
try:
    while True:
        out.append(g.send(len(out)))
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(out, e, len(tb), tb[-1].name, tb[-1].line, tb[0].line)
try:
    next(g)
except StopIteration:
    print("finished after the error")


# the error caught by a level in the middle of the chain, which goes on
def guarded(depth, log):
    if depth == 3:
        try:
            r = yield from failing(2, 2)
        except ZeroDivisionError as e:
            log.append("caught at 3: %s" % e)
            r = "recovered"
        yield r
        return "guarded " + r
    r = yield from guarded(depth + 1, log)
    return r


log = []
g = guarded(0, log)
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, log)


# close in the middle: every level's finally runs, innermost first
def closing(depth, log):
    try:
        if depth == 0:
            while True:
                yield depth
        else:
            yield from closing(depth - 1, log)
    finally:
        log.append(depth)


log = []
g = closing(5, log)
print(next(g), g.send(None), next(g))
g.close()
print(log, g.gi_frame)


# what a generator sees of itself and of its callers while a value passes through the chain
def inspect_inner(outers):
    while True:
        f = sys._getframe()
        names = []
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        yield names[:6], [o.gi_running for o in outers], [o.gi_yieldfrom is not None for o in outers]


def inspect_outer(depth, outers):
    if depth == 0:
        yield from inspect_inner(outers)
    else:
        yield from inspect_outer(depth - 1, outers)


outers = []
g = inspect_outer(3, outers)
outers.append(g)
print(next(g))
print(g.send(None))
print(g.gi_running, g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)


# the exception being handled where a `yield from` runs is the inner generator's context
def show_context():
    while True:
        yield repr(sys.exc_info()[1])
        try:
            raise OSError("inner")
        except OSError:
            yield repr(sys.exc_info()[1])


def in_handler(depth):
    if depth == 0:
        try:
            raise LookupError("outer")
        except LookupError:
            yield from show_context()
    else:
        yield from in_handler(depth - 1)


g = in_handler(4)
print(next(g), next(g), next(g), next(g))
print(repr(sys.exc_info()[1]))
try:
    raise TypeError("consumer")
except TypeError:
    print(next(g), next(g))


# PEP 479 at depth: StopIteration raised in the innermost body becomes RuntimeError there
def stopper(depth):
    if depth == 0:
        yield 1
        raise StopIteration("oops")
    else:
        yield from stopper(depth - 1)


g = stopper(5)
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


# a generator that is running cannot be resumed from inside the chain
def reenter(depth, holder):
    if depth == 0:
        try:
            next(holder[0])
        except ValueError as e:
            yield "ValueError: " + str(e)
        yield "end"
    else:
        yield from reenter(depth - 1, holder)


holder = []
g = reenter(3, holder)
holder.append(g)
print(list(g))


# a delegate that is a plain iterator in the middle of generator levels
def mixed(depth):
    if depth == 0:
        yield from iter([10, 20, 30])
        return "iter done"
    r = yield from mixed(depth - 1)
    if depth == 2:
        yield from (x + 1 for x in range(3))
    return r


g = mixed(4)
print(list(g))


# the return value of each level is what the level above receives
def summing(depth):
    if depth == 0:
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    inner = yield from summing(depth - 1)
    return inner + depth


g = summing(10)
next(g)
for k in range(5):
    g.send(k)
try:
    g.send(None)
except StopIteration as e:
    print("sum", e.value)


# deep recursion through yield from: the recursion limit is the one of nested calls
def bottomless(n):
    yield n
    yield from bottomless(n + 1)


g = bottomless(0)
seen = 0
try:
    for seen in g:
        pass
except RecursionError as e:
    print("RecursionError", type(e).__name__, seen > 100)


# a trace function set while a chain is suspended sees every level resumed
def traced(depth):
    if depth == 0:
        while True:
            yield depth
    else:
        yield from traced(depth - 1)


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno))
    return tracer


g = traced(3)
next(g)
sys.settrace(tracer)
next(g)
sys.settrace(None)
print(events)
print(next(g))
