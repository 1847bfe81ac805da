# Reads this program's own source (read-only: no file system changes).
# LINE-MARKER: the program looks for this line.
path = __file__
with open(path) as f:
    print(type(f).__name__, f.mode, f.closed, f.name == path)
    first = f.readline()
    print(repr(first))
    rest = f.readlines()
print(f.closed, len(rest) > 10)
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text.count("\n") == len(rest) + 1, text.startswith("# Reads"))
with open(path) as f:
    marker = [i for i, line in enumerate(f, 1) if line.startswith("# LINE-" + "MARKER")]
print("marker on line", marker)
with open(path, "rb") as f:
    head = f.read(7)
    print(type(head).__name__, head, f.read(0))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)))
try:
    open("no_such_dir_taipan/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(path, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(path, "rw")
except ValueError as e:
    print(type(e).__name__, e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(5.5)
except TypeError as e:
    print(type(e).__name__, e)
