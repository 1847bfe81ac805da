# the mode of a new file follows the interpreter's umask (open, os.open, mkdir)
import os, stat, tempfile
with tempfile.TemporaryDirectory() as d:
    old = os.umask(0)
    for mask in (0, 0o022, 0o077, 0o027):
        os.umask(mask)
        p = os.path.join(d, "f%o" % mask)
        with open(p, "w"):
            pass
        with open(p + "x", "xb"):
            pass
        with open(p + "a", "a"):
            pass
        fd = os.open(p + "o", os.O_CREAT | os.O_WRONLY, 0o777)
        os.close(fd)
        os.mkdir(p + "d")
        print(oct(mask), [oct(stat.S_IMODE(os.stat(p + s).st_mode)) for s in ("", "x", "a", "o", "d")])
    os.umask(0o077)
    with open(os.path.join(d, "f0"), "w"):   # existing file: mode unchanged
        pass
    print(oct(stat.S_IMODE(os.stat(os.path.join(d, "f0")).st_mode)))
    print(oct(os.umask(old)))
