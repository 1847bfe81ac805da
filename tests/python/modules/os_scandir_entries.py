# os.scandir, os.listdir, os.walk and os.stat over a tree with files, directories and symbolic
# links (to files, to directories, dangling, looping): each entry's type tests with and without
# following links, its inode and stat results against os.stat/os.lstat, entries that vanish
# after the scan, str, bytes, PathLike and descriptor arguments, and the errors of each.
import os
import stat
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)
os.mkdir("tree")
os.mkdir("tree/sub")
os.mkdir("tree/sub/deeper")
with open("tree/file.txt", "w") as f:
    f.write("hello\n" * 1000)
with open("tree/sub/inner.py", "w") as f:
    f.write("x = 1\n")
open("tree/sub/deeper/empty", "w").close()
open("tree/caf\u00e9", "w").close()
os.symlink("file.txt", "tree/link_to_file")
os.symlink("sub", "tree/link_to_dir")
os.symlink("missing", "tree/dangling")
os.symlink("loop_b", "tree/loop_a")
os.symlink("loop_a", "tree/loop_b")
os.mkfifo("tree/fifo")


def kind(mode):
    for name in ("S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISFIFO", "S_ISCHR"):
        if getattr(stat, name)(mode):
            return name[4:]
    return "?"


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except OSError as e:
        return "%s(%s, %r)" % (type(e).__name__, e.errno, e.filename)


def same(a, b):
    # everything but the access time, which following a symbolic link may move
    fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_mtime_ns", "st_ctime_ns")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def describe(e):
    lst = os.lstat(e.path)
    st = attempt(os.stat, e.path)
    out = [e.name, e.path, repr(e),
           "dir", attempt(e.is_dir), e.is_dir(follow_symlinks=False),
           "file", attempt(e.is_file), e.is_file(follow_symlinks=False),
           "link", e.is_symlink(),
           "inode", e.inode() == lst.st_ino]
    es = attempt(e.stat)
    out.append(kind(es.st_mode) if not isinstance(es, str) else es)
    if not isinstance(es, str):
        out.append(same(es, st))
    el = e.stat(follow_symlinks=False)
    out += [kind(el.st_mode), same(el, lst), el.st_blocks == lst.st_blocks, el.st_blksize == lst.st_blksize]
    return out


print("scandir str")
with os.scandir("tree") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(*describe(e))

print("scandir bytes")
for e in sorted(os.scandir(b"tree"), key=lambda e: e.name):
    print(e.name, e.path, attempt(e.is_dir), e.is_symlink(), type(e.stat(follow_symlinks=False)).__name__)

print("scandir slash and default")
print(sorted(e.path for e in os.scandir("tree/")))
os.chdir("tree/sub")
print(sorted((e.name, e.path) for e in os.scandir()))
print(sorted(os.listdir()))
os.chdir(root)


class P:
    def __fspath__(self):
        return "tree/sub"


print("scandir pathlike", sorted(e.path for e in os.scandir(P())))

print("scandir fd")
fd = os.open("tree/sub", os.O_RDONLY)
for e in sorted(os.scandir(fd), key=lambda e: e.name):
    print(e.name, e.path, e.is_dir(), e.is_file(), kind(e.stat().st_mode))
print(sorted(os.listdir(fd)))
os.close(fd)

print("vanished")
with open("tree/gone", "w") as f:
    f.write("x")
entries = {e.name: e for e in os.scandir("tree")}
os.unlink("tree/gone")
g = entries["gone"]
print(g.is_dir(), g.is_file(), g.is_symlink(), attempt(g.stat), g.inode() > 0)
f = entries["file.txt"]
first = f.stat()
with open("tree/file.txt", "a") as fh:
    fh.write("more")
print("cached", f.stat() is first, f.stat().st_size, os.stat("tree/file.txt").st_size)

print("listdir")
print(sorted(os.listdir("tree")))
print(sorted(os.listdir(b"tree")))
print(sorted(os.listdir("tree/sub/")))

print("walk")
for top, dirs, files in sorted(os.walk("tree")):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in sorted(os.walk("tree", followlinks=True)):
    print(top, sorted(dirs), sorted(files))
print([t for t, _, _ in os.walk("tree", topdown=False)][-1])
top, dirs, files, dfd = sorted(os.fwalk("tree"))[0]
print(top, sorted(dirs), sorted(files), type(dfd).__name__)

print("errors")
for f in (os.scandir, os.listdir):
    for p in ("tree/file.txt", "tree/missing", "tree/file.txt/", "tree/dangling", "tree/loop_a", "tree/fifo",
              "", b"tree/missing", "tree/file.txt/x"):
        print(f.__name__, repr(p), attempt(lambda: list(f(p))))
fd = os.open("tree/file.txt", os.O_RDONLY)
print("listdir file fd", attempt(os.listdir, fd), attempt(os.scandir, fd))
os.close(fd)
print("listdir closed fd", attempt(os.listdir, fd))

print("stat")
for p in ("tree", "tree/", "tree/file.txt", "tree/file.txt/", "tree/file.txt/x", "tree/missing", "tree/missing/",
          "tree/link_to_dir/", "tree/link_to_file/", "tree/dangling", "tree/loop_a", "tree/fifo", "x" * 300,
          "tree/" + "x" * 300 + "/y", "", "tree/sub/../file.txt", "tree/link_to_dir/../file.txt"):
    s = attempt(os.stat, p)
    l = attempt(os.lstat, p)
    print(repr(p)[:40], s[:60] if isinstance(s, str) else kind(s.st_mode), l[:60] if isinstance(l, str) else kind(l.st_mode))
print(same(os.stat("tree/link_to_file"), os.stat("tree/file.txt")),
      same(os.lstat("tree/link_to_file"), os.stat("tree/file.txt")))
print(same(os.stat("tree/link_to_file", follow_symlinks=False), os.lstat("tree/link_to_file")))

print("fstat")
r, w = os.pipe()
print("pipe", kind(os.fstat(r).st_mode), kind(os.fstat(w).st_mode), os.fstat(r).st_ino == os.fstat(w).st_ino)
os.close(r)
os.close(w)
with open("tree/sub/inner.py", "rb") as fh:
    a, b = os.fstat(fh.fileno()), os.stat("tree/sub/inner.py")
    print("file", same(a, b), a.st_blocks == b.st_blocks, a.st_blksize == b.st_blksize)
fd = os.open("tree/temp", os.O_RDWR | os.O_CREAT)
os.write(fd, b"abc")
os.unlink("tree/temp")
print("unlinked", os.fstat(fd).st_size, os.fstat(fd).st_nlink, kind(os.fstat(fd).st_mode))
os.close(fd)
print(attempt(os.fstat, fd))

print("times")
os.utime("tree/sub/inner.py", ns=(1_500_000_000_123_456_789, 2_000_000_000_987_654_321))
s = os.stat("tree/sub/inner.py")
print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8], s.st_mtime)
os.utime("tree/sub/inner.py", ns=(-1_500_000_000_123_456_789, 0))
s = os.stat("tree/sub/inner.py")
print(s.st_atime_ns, s[7], s.st_atime)

for top, dirs, files in os.walk(root, topdown=False):
    for n in files:
        os.unlink(os.path.join(top, n))
    for n in dirs:
        p = os.path.join(top, n)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(root)
print(os.path.exists(root))
