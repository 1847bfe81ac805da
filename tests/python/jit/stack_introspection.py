# traceback.extract_stack and inspect frames from inside hot loops and their callees.
import traceback
import inspect
def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack(limit=3)[:-1]]
def loop():
    seen = set()
    for i in range(3000):
        if i % 20 == 1:
            seen.add(tuple(where()))
        elif i % 10 == 0:
            seen.add(tuple(where()))
    return sorted(seen)
print(loop())
def caller_line():
    return inspect.currentframe().f_back.f_lineno
lines = set()
for i in range(3000):
    lines.add(caller_line())
    if i > 2990:
        lines.add(caller_line())
print(sorted(lines))
def names():
    f = inspect.currentframe().f_back
    out = []
    while f:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out
def a(n):
    return b(n)
def b(n):
    r = None
    for i in range(n):
        r = names()
    return r
print(a(3000))
