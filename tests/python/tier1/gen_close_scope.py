# Which abandoned generators must be closed: only those whose yield sits inside a try/finally,
# try/except or with (directly, or around a yield from). A try that does not enclose a yield
# runs nothing on close. Finalizers print only at gc.collect().
import gc


def pairs(items):
    it = iter(items)
    try:
        previous = next(it)
    except StopIteration:
        return
    for x in it:
        yield previous, x
        previous = x


def guarded(log, name):
    try:
        yield 1
        yield 2
    finally:
        log.append(name + " finally")


class CM:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.log.append("exit " + a[0].__name__)


def managed(log):
    with CM(log):
        yield 1
        yield 2


def outer_plain(log):
    yield from guarded(log, "inner-of-plain")


def outer_guarded(log):
    try:
        yield from pairs([1, 2, 3])
    finally:
        log.append("outer finally")


def catches(log):
    for k in range(3):
        try:
            yield k
        except GeneratorExit:
            log.append("caught GeneratorExit")
            raise


log = []
for make in (lambda: pairs([1, 2, 3]), lambda: guarded(log, "g"), lambda: managed(log),
             lambda: outer_plain(log), lambda: outer_guarded(log), lambda: catches(log)):
    g = make()
    print(next(g))
    g = None
    gc.collect()
    print(sorted(log))
    log.clear()

print(list(pairs("abcd")), list(guarded(log, "done")), log)
