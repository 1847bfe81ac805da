# Text files: write, read back, line iteration, append and exclusive-create modes.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    with open(TMP, "w", encoding="utf-8") as f:
        print(f.write("alpha\n"), f.write("béta ünï\n"), f.write("\U0001F600 wide\n"), f.write(""))
        f.writelines(["one\n", "two\n", "three"])
        print(f.writable(), f.readable(), f.seekable(), f.mode, f.encoding, f.errors, f.line_buffering)
    with open(TMP, encoding="utf-8") as f:
        print(repr(f.read(3)), repr(f.read(4)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(repr(f.read(1)), repr(f.read(5)))
        print(f.readlines())
        print(repr(f.read()), repr(f.readline()))
    with open(TMP, encoding="utf-8") as f:
        for n, line in enumerate(f):
            print(n, repr(line))
    with open(TMP) as f:
        print(f.readlines(10))
        print(f.readlines(1))
        print(len(f.read()))
    with open(TMP, "a") as f:
        print(f.tell() > 0, f.write("\nappended\n"))
    with open(TMP) as f:
        lines = f.read().splitlines()
        print(len(lines), lines[-2:])
    with open(TMP, "r+") as f:
        print(repr(f.read(5)))
        f.seek(0)
        f.write("ALPHA")
        f.seek(0)
        print(repr(f.readline()))
    with open(TMP, "w+") as f:
        f.write("fresh\ncontent\n")
        f.seek(0)
        print(f.read().split())
        print(f.truncate(3), f.tell())
        f.seek(0)
        print(repr(f.read()))
    try:
        open(TMP, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    posix.remove(TMP)
    with open(TMP, "x") as f:
        print(f.mode, f.write("made"))
    with open(TMP, "rt") as f:
        print(f.mode, f.read())
    big = "".join("line %d %s\n" % (i, "x" * (i % 50)) for i in range(2000))
    with open(TMP, "w") as f:
        f.write(big)
    with open(TMP) as f:
        count = 0
        total = 0
        for line in f:
            count += 1
            total += len(line)
        print(count, total == len(big))
    with open(TMP) as f:
        print(f.read() == big)
finally:
    posix.remove(TMP)
