# The posix module's file functions: mkdir, listdir, stat, rename, remove, rmdir, errors.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
DIR = TMP + ".d"
try:
    print(type(posix.getcwd()).__name__, type(posix.getpid()).__name__, posix.fspath("p"), posix.fspath(b"q"))
    posix.mkdir(DIR)
    for name in ["b.txt", "a.txt"]:
        with open(DIR + "/" + name, "w") as f:
            f.write(name * 3)
    print(sorted(posix.listdir(DIR)), sorted(posix.listdir(DIR.encode())))
    st = posix.stat(DIR + "/a.txt")
    print(st.st_size, oct(st.st_mode & 0o170000), st[6], len(st), type(st.st_mtime).__name__)
    print(oct(posix.stat(DIR).st_mode & 0o170000))
    posix.rename(DIR + "/a.txt", DIR + "/c.txt")
    print(sorted(posix.listdir(DIR)))
    for op, arg in [(posix.remove, DIR + "/nope"), (posix.rmdir, DIR), (posix.mkdir, DIR),
                    (posix.listdir, DIR + "/nope"), (posix.stat, DIR + "/nope"), (posix.rmdir, DIR + "/c.txt"),
                    (posix.unlink, DIR)]:
        try:
            op(arg)
        except OSError as e:
            print(op.__name__, type(e).__name__, e.errno, e.strerror, e.filename == arg)
    try:
        posix.fspath(3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        posix.remove(3.5)
    except TypeError as e:
        print(type(e).__name__, e)

    class P:
        def __fspath__(self):
            return DIR + "/c.txt"

    print(posix.stat(P()).st_size, posix.fspath(P()) == DIR + "/c.txt")
    with open(P()) as f:
        print(f.read())
    posix.unlink(DIR + "/c.txt")
    posix.remove(DIR + "/b.txt")
    print(posix.listdir(DIR))
    print(type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
finally:
    posix.rmdir(DIR)


class Missing:
    def __fspath__(self):
        return DIR + "/never"


try:
    open(Missing())
except FileNotFoundError as e:
    print(type(e).__name__, e.filename == DIR + "/never", type(e.filename).__name__)
try:
    posix.rename(DIR + "/gone", DIR + "/target")
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(DIR, "DIR"), e.filename2 == DIR + "/target")
print(str(OSError(2, "No such file or directory", "a", None, "b")))
