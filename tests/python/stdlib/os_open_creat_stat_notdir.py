# os.open with O_CREAT (and O_EXCL) for reading creates (or refuses) as open(2) does; stat through a
# regular file is NotADirectoryError.
import os, tempfile, stat
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
for flags in (os.O_CREAT | os.O_EXCL, os.O_CREAT | os.O_EXCL | os.O_RDONLY, os.O_CREAT | os.O_EXCL | os.O_WRONLY):
    try:
        fd = os.open(p, flags)
        print("opened", flags)
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno)
old = os.umask(0o022)
new = os.path.join(d, "new")
fd = os.open(new, os.O_RDONLY | os.O_CREAT, 0o640)
print(os.read(fd, 10), os.path.exists(new), oct(stat.S_IMODE(os.stat(new).st_mode)))
os.close(fd)
fd = os.open(new, os.O_RDONLY | os.O_CREAT, 0o600)
print(oct(stat.S_IMODE(os.stat(new).st_mode)))
os.close(fd)
os.umask(old)
for f in os.listdir(d):
    os.unlink(os.path.join(d, f))
os.rmdir(d)
f = tempfile.mkstemp()[1]
for p in (f + "/sub", f + "/a/b", os.path.join(tempfile.gettempdir(), "no-such-dir-xyz", "x")):
    for fn in (os.stat, os.lstat):
        try:
            fn(p)
        except OSError as e:
            print(fn.__name__, type(e).__name__, e.errno)
os.unlink(f)
