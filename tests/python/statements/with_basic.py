class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None,
              exc, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("boom")
print("after suppressed")

try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

with CM("s", suppress=True):
    raise ValueError("hidden")
    print("not reached")
print("continued")

# Return inside with still calls __exit__.
def f():
    with CM("ret"):
        return "value"
print(f())

# Break inside with.
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
print("loop done")

# Parenthesized multiple managers.
with (CM("p1") as a,
      CM("p2") as b):
    print(a, b)

# Target can be any assignment target.
class Holder: pass
h = Holder()
d = {}
with CM("t") as h.attr, CM("u") as d["k"]:
    pass
print(h.attr, d)
