# FileIO uses its descriptor number on each call: after os.close(f.fileno()) the operations that
# make a system call fail with EBADF; a directory descriptor is refused (EISDIR); name is set
# through setattr, and a failure there leaves a given descriptor open; _blksize.
import errno
import io
import os

path = __file__
for op in ("read", "readall", "readinto", "seek", "tell", "write", "truncate", "close",
           "fileno", "readable", "writable", "seekable", "isatty"):
    f = io.FileIO(path, "r+" if op in ("write", "truncate") else "r")
    os.close(f.fileno())
    try:
        if op == "read":
            r = f.read(1)
        elif op == "readinto":
            r = f.readinto(bytearray(2))
        elif op == "seek":
            r = f.seek(0)
        elif op == "write":
            r = f.write(b"")
        elif op == "truncate":
            r = f.truncate(None)
        else:
            r = getattr(f, op)()
        print(op, "->", type(r).__name__, r if op != "fileno" else "")
    except OSError as e:
        print(op, type(e).__name__, e.errno == errno.EBADF, e)
    try:
        f.close()
    except OSError as e:
        print(" close", type(e).__name__, e)
    print(" closed", f.closed)

fd = os.open(".", os.O_RDONLY)
for closefd in (True, False):
    try:
        io.FileIO(fd, "r", closefd=closefd)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EISDIR, e.filename == fd)
os.close(fd)
try:
    io.FileIO(".", "r")
except OSError as e:
    print(type(e).__name__, e)


class Blocked(Exception):
    pass


class MyFileIO(io.FileIO):
    def __setattr__(self, name, value):
        print("setattr", name, type(value).__name__)
        if name == "name":
            raise Blocked("blocked setting name")
        return super().__setattr__(name, value)


fd = os.open(path, os.O_RDONLY)
try:
    MyFileIO(fd)
except Blocked as e:
    print(type(e).__name__, e)
os.close(fd)
try:
    MyFileIO(path)
except Blocked as e:
    print(type(e).__name__, e)
f = io.FileIO(path)
print(f._blksize == os.fstat(f.fileno()).st_blksize, type(f._blksize).__name__)
f._blksize = 5
print(f._blksize, "_blksize" in f.__dict__)
for bad in ("a", None):
    try:
        if bad is None:
            del f._blksize
        else:
            f._blksize = bad
    except TypeError as e:
        print(type(e).__name__, e)
f.close()
print(f._blksize, f.name == path)
