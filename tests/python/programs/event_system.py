# An observer/event-bus system with priorities, one-shot handlers, handler
# errors collected into an ExceptionGroup, and a context manager that
# temporarily subscribes handlers.


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.sequence = 0
        self.history = []

    def on(self, event, handler=None, *, priority=0, once=False):
        def register(fn):
            self.sequence += 1
            self.handlers.setdefault(event, []).append([-priority, self.sequence, fn, once])
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register(handler) if handler is not None else register

    def off(self, event, handler):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not handler]
        return before - len(self.handlers[event])

    def emit(self, event, **payload):
        self.history.append(event)
        errors = []
        results = []
        for entry in list(self.handlers.get(event, [])):
            fn, once = entry[2], entry[3]
            if once:
                self.handlers[event].remove(entry)
            try:
                results.append(fn(**payload))
            except Exception as e:
                e.add_note(f"while handling {event!r} in {fn.__name__}")
                errors.append(e)
        if errors:
            raise ExceptionGroup(f"{len(errors)} handler(s) failed for {event!r}", errors)
        return results

    def subscribed(self, event, handler, **kw):
        bus = self

        class Subscription:
            def __enter__(self):
                bus.on(event, handler, **kw)
                return handler

            def __exit__(self, *exc):
                bus.off(event, handler)
                return False

        return Subscription()


bus = EventBus()
log = []


@bus.on("order", priority=10)
def validate(item, qty):
    if qty <= 0:
        raise ValueError(f"bad quantity {qty}")
    log.append(f"validated {item}")
    return "valid"


@bus.on("order")
def ship(item, qty):
    log.append(f"shipped {qty} x {item}")
    return "shipped"


@bus.on("order", priority=5, once=True)
def welcome(item, qty):
    log.append("first order bonus")
    return "bonus"


print(bus.emit("order", item="tea", qty=2))
print(bus.emit("order", item="cake", qty=1))
print(log)
try:
    bus.emit("order", item="pie", qty=0)
except* ValueError as group:
    for exc in group.exceptions:
        print("handler failed:", exc, exc.__notes__)


def audit(item, qty):
    return f"audit {item}"


with bus.subscribed("order", audit, priority=-1) as h:
    print(bus.emit("order", item="jam", qty=3))
print(bus.emit("order", item="bread", qty=1))
print("removed:", bus.off("order", ship), bus.off("order", ship))
print(bus.emit("order", item="milk", qty=4))
print(bus.emit("unknown"))


def broken_a(**kw):
    raise KeyError("a")


def broken_b(**kw):
    raise TypeError("b")


bus.on("multi", broken_a)
bus.on("multi", broken_b)
try:
    bus.emit("multi")
except ExceptionGroup as eg:
    print(repr(eg))
    print([type(e).__name__ for e in eg.exceptions])
    kerr, rest = eg.split(KeyError)
    print(repr(kerr), repr(rest))
print("history:", bus.history)
