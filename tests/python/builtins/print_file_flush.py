# print(): sep, end, file, flush with custom file objects and their errors
import sys
class Sink:
    def __init__(self):
        self.parts = []
        self.flushes = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1
s = Sink()
print("a", 1, None, file=s)
print(file=s)
print("x", "y", sep="", end="", file=s)
print("p", "q", sep=None, end=None, file=s)
print(1, 2, 3, sep=" | ", end=" <\n", file=s, flush=True)
print(s.parts, s.flushes)
print("to stdout", file=None)
print("flushed", flush=True)
print(*[1, 2, 3], sep="-")
print(*[], sep="-")
print("", end="")
print("multi\nline", "second", sep="\n")
for kwargs in [{"sep": 5}, {"end": 3}, {"sep": b"x"}, {"file": 5}, {"file": "f"}, {"bogus": 1}]:
    try:
        print("z", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
print("nf ok", file=NoFlush()) or print("no flush needed without flush=True")
class Obj:
    def __str__(self):
        return "OBJ"
    def __repr__(self):
        return "REPR"
print(Obj(), [Obj()], (Obj(),), {1: Obj()})
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Raiser:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", Raiser(), "after")
except ValueError as e:
    print(type(e).__name__, e)
print("err line", file=sys.stderr)
old = sys.stdout
sys.stdout = Sink()
print("captured", 42)
captured = sys.stdout.parts
sys.stdout = old
print(captured)
print(print("inner"))
