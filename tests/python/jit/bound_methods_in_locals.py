# The idiom of hoisting a bound method into a local before a loop (`get = src.get`,
# `append = out.append`) in a function called many times: each call binds a new method object,
# so a trace must not depend on the identity of the one it was recorded with. Also: the bound
# method's object changing under the same local, a method rebound on the class mid-run, bound
# methods of several classes at one call site, and bound builtins of several types. The same
# with the JIT off, on, and forced to trace at once.


class Source:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def get(self):
        pos = self.pos
        if pos >= len(self.text):
            return None
        self.pos = pos + 1
        return self.text[pos]


class Upper(Source):
    def get(self):
        c = Source.get(self)
        return c.upper() if c is not None else None


def parse(src):
    get = src.get
    out = []
    append = out.append
    while True:
        c = get()
        if c is None:
            break
        append(c)
    return "".join(out)


def many_calls(n):
    original = Source.get
    total = 0
    last = None
    for i in range(n):
        src = Source("abc" * (i % 4 + 1)) if i % 5 else Upper("xy" * (i % 3 + 1))
        last = parse(src)
        total += len(last)
        if i == n // 2:
            Source.get = lambda self: None        # every later Source reads nothing
    Source.get = original
    return total, last


def rebinding_local(n):
    sources = [Source("ab" * 40), Source("cd" * 40)]
    get = sources[0].get
    seen = []
    for i in range(n):
        c = get()
        if c is None:
            get = sources[1].get
            continue
        seen.append(c)
        if i % 7 == 3:
            get = sources[i % 2].get
    return len(seen), "".join(seen[:12]), "".join(seen[-12:])


def builtin_methods(n):
    acc = []
    bag = set()
    counts = {}
    sinks = [acc.append, bag.add, counts.setdefault]
    for i in range(n):
        add = sinks[i % 2]
        add(i % 17)
        put = counts.setdefault if i % 3 else counts.get
        put(i % 11, i)
    return len(acc), len(bag), sorted(counts.items())[:5]


print(many_calls(3000))
print(rebinding_local(1000))
print(builtin_methods(3000))
