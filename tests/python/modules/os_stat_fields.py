# os.stat / lstat / fstat / DirEntry.stat agree field by field, for str, bytes, PathLike and
# descriptor arguments, with and without following symbolic links, and fail with the right errno.
import os
import pathlib
import stat
import tempfile

FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
          "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_rdev")


def same(a, b):
    return all(getattr(a, f) == getattr(b, f) for f in FIELDS if f != "st_atime_ns")


with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f.txt")
    with open(f, "wb") as fh:
        fh.write(b"x" * 5000)
    os.utime(f, ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
    link = os.path.join(d, "ln")
    os.symlink("f.txt", link)
    s = os.stat(f)
    print(type(s).__name__, len(s), stat.S_ISREG(s.st_mode), stat.S_IMODE(s.st_mode) & 0o600)
    print(s.st_size, s.st_nlink, s.st_uid == os.getuid(), s.st_gid == os.getgid())
    print(s.st_mtime_ns, s.st_mtime, s[8], type(s[8]).__name__, s.st_atime_ns, s[7])
    print(s.st_ctime_ns // 10**9 == s[9], type(s.st_ctime).__name__)
    print(s.st_blocks >= 8, s.st_blksize > 0, s.st_rdev)
    print(same(s, os.stat(os.fsencode(f))), same(s, os.stat(pathlib.Path(f))))
    print(same(s, os.stat(link)), same(s, os.lstat(f)))
    ls = os.lstat(link)
    print(stat.S_ISLNK(ls.st_mode), ls.st_size, ls.st_ino != s.st_ino)
    print(same(ls, os.stat(link, follow_symlinks=False)))
    fd = os.open(d, os.O_RDONLY)
    try:
        print(same(s, os.stat("f.txt", dir_fd=fd)), same(ls, os.stat("ln", dir_fd=fd, follow_symlinks=False)))
    finally:
        os.close(fd)
    with open(f, "rb") as fh:
        print(same(s, os.stat(fh.fileno())), same(s, os.fstat(fh.fileno())))
    for e in sorted(os.scandir(d), key=lambda e: e.name):
        print(e.name, e.is_file(), e.is_symlink(), e.inode() == os.lstat(e.path).st_ino,
              same(e.stat(), s), same(e.stat(follow_symlinks=False), os.lstat(e.path)))
    ds = os.stat(d)
    print(stat.S_ISDIR(ds.st_mode), ds.st_nlink >= 2, same(ds, os.stat(d + "/")))
    print(os.path.exists(f), os.path.exists(link), os.path.isdir(d), os.path.isfile(f), os.path.islink(link))
    for bad in (os.path.join(d, "missing"), os.path.join(f, "sub"), f + "/", os.fsencode(os.path.join(d, "nope"))):
        try:
            os.stat(bad)
        except OSError as e:
            print(type(e).__name__, e.errno, e.filename == bad, e.strerror)
        print(os.path.exists(bad))
    os.remove(f)
    print(os.path.exists(link), stat.S_ISLNK(os.lstat(link).st_mode))
    try:
        os.stat(link)
    except FileNotFoundError as e:
        print("dangling", e.errno, e.filename == link)
for bad in (None, 1.5, "a\0b"):
    try:
        os.stat(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
