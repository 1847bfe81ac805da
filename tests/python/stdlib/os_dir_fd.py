# dir_fd and descriptor paths: the *at functions, scandir/listdir/chdir of a descriptor, fwalk
import os, stat, tempfile

def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

NAMES = {"access", "chdir", "chmod", "chown", "link", "listdir", "mkdir", "open", "readlink", "rename", "rmdir",
         "scandir", "stat", "statvfs", "symlink", "truncate", "unlink", "utime"}
for s in (os.supports_dir_fd, os.supports_fd, os.supports_follow_symlinks):
    print(sorted(f.__name__ for f in s if f.__name__ in NAMES))
print(hasattr(os, "fwalk"))

with tempfile.TemporaryDirectory() as top:
    os.mkdir(os.path.join(top, "sub"))
    with open(os.path.join(top, "sub", "f.txt"), "w") as f:
        f.write("hello")
    os.symlink("sub/f.txt", os.path.join(top, "link"))
    dfd = os.open(top, os.O_RDONLY)
    try:
        print(stat.S_ISDIR(os.stat("sub", dir_fd=dfd).st_mode))
        print(stat.S_ISLNK(os.stat("link", dir_fd=dfd, follow_symlinks=False).st_mode))
        print(stat.S_ISLNK(os.lstat("link", dir_fd=dfd).st_mode))
        print(os.readlink("link", dir_fd=dfd))
        fd = os.open("sub/f.txt", os.O_RDONLY, dir_fd=dfd)
        print(os.read(fd, 10))
        attempt("stat(fd, dir_fd)", os.stat, fd, dir_fd=dfd)
        attempt("stat(fd, nofollow)", os.stat, fd, follow_symlinks=False)
        attempt("scandir(file fd)", os.scandir, fd)
        attempt("stat dir_fd=file", os.stat, "x", dir_fd=fd)
        os.close(fd)
        attempt("stat bad dir_fd", os.stat, "x", dir_fd=999)
        attempt("stat dir_fd str", os.stat, "x", dir_fd="a")
        attempt("stat dir_fd float", os.stat, "x", dir_fd=1.5)
        attempt("open O_DIRECTORY file", os.open, "sub/f.txt", os.O_RDONLY | os.O_DIRECTORY, dir_fd=dfd)
        attempt("open O_NOFOLLOW link", os.open, "link", os.O_RDONLY | os.O_NOFOLLOW, dir_fd=dfd)
        os.mkdir("made", dir_fd=dfd)
        os.rename("made", "moved", src_dir_fd=dfd, dst_dir_fd=dfd)
        print(sorted(os.listdir(dfd)))
        with os.scandir(dfd) as it:
            print(sorted((e.name, e.path, e.is_dir(), e.is_symlink()) for e in it))
        os.rmdir("moved", dir_fd=dfd)
        os.symlink("nowhere", "dangling", dir_fd=dfd)
        os.unlink("dangling", dir_fd=dfd)
        os.utime("sub/f.txt", (1, 2), dir_fd=dfd)
        print(os.stat(os.path.join(top, "sub", "f.txt")).st_mtime)
        print(os.access("sub", os.R_OK, dir_fd=dfd))
        os.chmod("sub/f.txt", 0o600, dir_fd=dfd)
        print(oct(stat.S_IMODE(os.stat("sub/f.txt", dir_fd=dfd).st_mode)))
        cwd = os.getcwd()
        os.fchdir(dfd)
        print(sorted(os.listdir()))
        os.chdir(cwd)
    finally:
        os.close(dfd)
    for root, dirs, files, rootfd in os.fwalk(top):
        print(os.path.relpath(root, top), sorted(dirs), sorted(files), type(rootfd).__name__)
    for root, dirs, files, rootfd in os.fwalk(os.fsencode(top), topdown=False):
        print(os.path.relpath(root, os.fsencode(top)), sorted(dirs), sorted(files))
