import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None)
print("x", end="")
print("y", end=None)
print(1, 2, sep="\n")
print(file=sys.stdout)
print("to stdout", file=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ", end=".\n")
print(*"abc")
print()
for kwargs in [{"sep": 5}, {"end": 5}, {"file": 5}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("one", 2, sep="-", end="!", file=w)
print(w.parts)
