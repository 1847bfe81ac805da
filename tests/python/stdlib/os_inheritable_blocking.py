# get/set_inheritable and get/set_blocking on descriptors of files
import os, tempfile
print([os.get_inheritable(i) for i in (0, 1, 2)])
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    open(p, "w").close()
    fd = os.open(p, os.O_RDONLY)
    print(os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, True)
    os.set_blocking(fd, False)
    print(os.get_inheritable(fd), os.get_blocking(fd))
    fd2 = os.dup(fd)
    print("dup", os.get_inheritable(fd2), os.get_blocking(fd2))
    fd3 = os.open(p, os.O_RDONLY)
    os.dup2(fd, fd3)
    print("dup2", os.get_inheritable(fd3))
    os.dup2(fd, fd3, inheritable=False)
    print("dup2 False", os.get_inheritable(fd3))
    os.set_blocking(fd2, True)
    print("shared", os.get_blocking(fd))
    with open(p, "rb") as f:
        print(os.get_inheritable(f.fileno()), os.get_blocking(f.fileno()))
    for x in (fd, fd2, fd3):
        os.close(x)
    for f in (os.get_inheritable, os.get_blocking):
        try:
            f(fd)
        except OSError as e:
            print(f.__name__, e.errno)
