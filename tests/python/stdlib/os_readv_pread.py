# readv, writev, pread, pwrite on files and pipes
import os, tempfile
def attempt(label, f, *a):
    try:
        print(label, "->", f(*a))
    except Exception as e:
        print(label, type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    fd = os.open(p, os.O_RDWR | os.O_CREAT)
    print(os.writev(fd, [b"abc", bytearray(b"de"), memoryview(b"fgh")]))
    os.lseek(fd, 0, os.SEEK_SET)
    bufs = [bytearray(2), bytearray(4), bytearray(5)]
    print(os.readv(fd, bufs), bufs)
    print(os.pread(fd, 3, 2), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pwrite(fd, b"XY", 1), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.pread(fd, 100, 0), os.pread(fd, 5, 100))
    attempt("readv bytes", os.readv, fd, [b"x"])
    attempt("readv str", os.readv, fd, "x")
    attempt("readv int", os.readv, fd, 1)
    attempt("writev int", os.writev, fd, [1])
    attempt("pread -1", os.pread, fd, -1, 0)
    attempt("pread off -1", os.pread, fd, 1, -1)
    os.close(fd)
    attempt("readv closed", os.readv, fd, [bytearray(1)])
    attempt("writev closed", os.writev, fd, [b"a"])
    attempt("pread closed", os.pread, fd, 1, 0)
    r, w = os.pipe()
    print(os.writev(w, [b"12", b"345"]))
    b = [bytearray(1), bytearray(10)]
    print(os.readv(r, b), b)
    attempt("pread pipe", os.pread, r, 1, 0)
    os.close(r); os.close(w)
