class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("begin")
        self.pending = []
        return self
    def add(self, item):
        self.pending.append(item)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit " + ",".join(self.pending))
        else:
            self.log.append(f"rollback ({exc_type.__name__}: {exc})")
        return exc_type is ValueError

log = []
with Transaction(log) as t:
    t.add("a")
    t.add("b")
with Transaction(log) as t:
    t.add("c")
    raise ValueError("bad c")
try:
    with Transaction(log) as t:
        raise KeyError("d")
except KeyError:
    log.append("KeyError escaped")
print(log)

class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self
    def __exit__(self, *args):
        print("exit depth", self.depth)
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            pass

class ExitSeesTraceback:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v.args, type(tb).__name__, tb.tb_lineno > 0)
        return True
with ExitSeesTraceback():
    raise OSError(2, "No such file")
