# sys.stdout, sys.stderr and sys.stdin as text files; print(file=...) and input().
import sys

print(sys.stdout.write("written\n"), sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.encoding, sys.stdin.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.isatty(), sys.stdin.isatty())
print(repr(sys.stdout), repr(sys.stdin))
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__)
print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.seekable())
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes via buffer\n"))
sys.stdout.buffer.flush()
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print("a", 1, [2], sep="-", end="!\n", file=c)
print(file=c)
print(c.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
old = sys.stdout
sys.stdout = Collector()
print("captured")
captured = sys.stdout.parts
sys.stdout = old
print(captured)
try:
    sys.stdout.tell()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    print(i, end=" ")
print()
captured = []
sys.stdout.write = lambda s: captured.append(s) or len(s)
print("shadowed", "write")
del sys.stdout.write
print(captured)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
