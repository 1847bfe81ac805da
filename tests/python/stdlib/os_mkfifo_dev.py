# mkfifo and mknod (umask, dir_fd, errors) and the dev_t functions major, minor, makedev
import os, stat, tempfile
print(os.major(0x12345678abcd), os.minor(0x12345678abcd), os.makedev(300, 70000), os.makedev(8, 1))
print(os.major(os.makedev(259, 65537)), os.minor(os.makedev(259, 65537)))
for f, a in [(os.major, (-1,)), (os.major, (2**64,)), (os.minor, ("x",)), (os.mkfifo, ("/nonexistent/x",)),
             (os.mkfifo, ("x", "a"))]:
    try:
        print(f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    old = os.umask(0o022)
    p = os.path.join(d, "fifo")
    os.mkfifo(p)
    st = os.stat(p)
    print(stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    try:
        os.mkfifo(p)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
    os.umask(0)
    dfd = os.open(d, os.O_RDONLY)
    os.mkfifo("fifo2", 0o640, dir_fd=dfd)
    os.mknod("fifo3", 0o600 | stat.S_IFIFO, dir_fd=dfd)
    os.close(dfd)
    for n in ("fifo2", "fifo3"):
        st = os.stat(os.path.join(d, n))
        print(n, stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    os.umask(old)
print(os.major(True), os.minor(False))
