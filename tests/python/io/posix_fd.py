# posix descriptor functions over the same numbers open() and fileno() use; open()'s opener.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    fd = posix.open(TMP, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(fd >= 3, posix.write(fd, b"hello world"), posix.lseek(fd, 0, 1))
    posix.close(fd)
    fd = posix.open(TMP, posix.O_RDONLY)
    print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
    print(posix.lseek(fd, -5, 2), posix.read(fd, 2), posix.isatty(fd))
    with open(fd, closefd=False) as f:
        print(f.read(), f.name == fd, f.mode)
    posix.lseek(fd, 0, 0)
    with open(fd, "rb") as f:
        print(f.read(5), f.fileno() == fd)
    for op in [lambda: posix.close(fd), lambda: posix.read(fd, 1), lambda: posix.write(fd, b"x")]:
        try:
            op()
        except OSError as e:
            print(type(e).__name__, e)
    try:
        posix.open(TMP, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.filename == TMP)
    try:
        posix.open(TMP + ".missing", posix.O_RDONLY)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)

    def opener(path, flags):
        print("opener", path == TMP, flags & 3)
        return posix.open(path, posix.O_RDONLY)

    with open(TMP, opener=opener) as f:
        print(f.read(5), f.name == TMP)
    fd = posix.open(TMP, posix.O_WRONLY | posix.O_APPEND)
    posix.write(fd, b"!")
    posix.close(fd)
    with open(TMP, "rb") as f:
        print(f.read())
    try:
        posix.lseek(1, 0, 0)
    except OSError as e:
        print(type(e).__name__, e)
finally:
    posix.remove(TMP)
