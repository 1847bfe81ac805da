# Directory descriptors follow the directory, not the name it was opened under: after the
# directory is renamed (and a decoy made at its old name), listdir/scandir of the descriptor,
# the dir_fd forms of stat, open, mkdir, rename, unlink, rmdir, symlink, readlink, access and
# utime, and fchdir all act inside the renamed directory. Also: listdir(fd) twice (the
# descriptor is read from its start each time), a removed directory's descriptor, and the
# errors of closed and non-directory descriptors.
import os
import stat
import tempfile

base = os.path.realpath(tempfile.mkdtemp())
home = os.getcwd()
old = os.path.join(base, "orig")
new = os.path.join(base, "moved")
os.mkdir(old)
os.mkdir(os.path.join(old, "sub"))
with open(os.path.join(old, "f1"), "w") as f:
    f.write("twelve bytes")
os.symlink("f1", os.path.join(old, "link"))

fd = os.open(old, os.O_RDONLY)
dfd = os.open(old, os.O_RDONLY | os.O_DIRECTORY)
os.rename(old, new)
# the decoy: what the old name now stands for
os.mkdir(old)
with open(os.path.join(old, "f1"), "w") as f:
    f.write("decoy")
open(os.path.join(old, "decoy_only"), "w").close()


def err(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except OSError as e:
        # a descriptor named by the error is shown by its role, not its number
        names = {v: k for k, v in globals().items() if k in ("fd", "dfd", "ffd", "closed", "gfd")}
        filename = names.get(e.filename, e.filename) if isinstance(e.filename, int) else e.filename
        return "%s errno=%s filename=%r" % (type(e).__name__, e.errno, filename)
    return "ok %r" % (r,)


print("listdir", sorted(os.listdir(fd)))
print("listdir again", sorted(os.listdir(fd)))
print("listdir O_DIRECTORY", sorted(os.listdir(dfd)))
with os.scandir(fd) as it:
    entries = sorted((e.name, e.path, e.is_dir(), e.is_symlink(), e.is_file()) for e in it)
for e in entries:
    print("scandir", e)
with os.scandir(fd) as it:
    sizes = sorted((e.name, e.stat(follow_symlinks=False).st_size) for e in it if not e.is_dir())
print("scandir sizes", sizes)
# a scan stopped half-way: the next listing still starts at the beginning
it = os.scandir(fd)
next(it)
it.close()
print("after partial scan", sorted(os.listdir(fd)))

print("stat f1", os.stat("f1", dir_fd=fd).st_size)
print("lstat link is link", stat.S_ISLNK(os.stat("link", dir_fd=fd, follow_symlinks=False).st_mode))
print("stat link follows", os.stat("link", dir_fd=fd).st_size)
print("stat decoy_only", err(os.stat, "decoy_only", dir_fd=fd))
print("stat of fd is the moved dir", os.stat(fd).st_ino == os.stat(new).st_ino)
print("readlink", os.readlink("link", dir_fd=fd))
print("access", os.access("f1", os.R_OK, dir_fd=fd), os.access("decoy_only", os.F_OK, dir_fd=fd))

w = os.open("created", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640, dir_fd=fd)
os.write(w, b"made through dir_fd")
os.close(w)
r = os.open("created", os.O_RDONLY, dir_fd=fd)
print("read back", os.read(r, 100))
os.close(r)
print("excl again", err(os.open, "created", os.O_WRONLY | os.O_CREAT | os.O_EXCL, dir_fd=fd))
print("created where", os.path.exists(os.path.join(new, "created")), os.path.exists(os.path.join(old, "created")))

os.mkdir("made", dir_fd=fd)
print("mkdir where", os.path.isdir(os.path.join(new, "made")), os.path.exists(os.path.join(old, "made")))
os.rename("created", "made/renamed", src_dir_fd=fd, dst_dir_fd=fd)
print("rename", sorted(os.listdir(os.path.join(new, "made"))))
sub = os.open("made", os.O_RDONLY, dir_fd=fd)
os.replace("renamed", "../back", src_dir_fd=sub, dst_dir_fd=sub)
print("replace via ..", sorted(os.listdir(fd)))
os.close(sub)
os.symlink("back", "link2", dir_fd=fd)
print("symlink", os.readlink(os.path.join(new, "link2")))
os.utime("back", (1000000000, 1000000000), dir_fd=fd)
print("utime", os.stat(os.path.join(new, "back")).st_mtime)
os.unlink("link2", dir_fd=fd)
os.remove("back", dir_fd=fd)
os.rmdir("made", dir_fd=fd)
print("after removals", sorted(os.listdir(fd)))
print("unlink missing", err(os.unlink, "created", dir_fd=fd))
print("rmdir a file", err(os.rmdir, "f1", dir_fd=fd))
print("decoy untouched", sorted(os.listdir(old)))
print("absolute path ignores dir_fd", os.stat(os.path.join(old, "decoy_only"), dir_fd=fd).st_size)

# fchdir and chdir(fd): the directory where it is now
os.fchdir(fd)
print("fchdir cwd", os.getcwd() == new, sorted(os.listdir(".")))
with open("f1") as f:
    print("relative open", f.read())
os.chdir(home)
os.chdir(dfd)
print("chdir(fd) cwd", os.getcwd() == new)
os.chdir(home)

# the errors: a closed descriptor, a descriptor of a regular file, a removed directory
ffd = os.open(os.path.join(new, "f1"), os.O_RDONLY)
closed = os.open(new, os.O_RDONLY)
os.close(closed)
print("stat closed dir_fd", err(os.stat, "f1", dir_fd=closed))
print("open closed dir_fd", err(os.open, "f1", os.O_RDONLY, dir_fd=closed))
print("mkdir closed dir_fd", err(os.mkdir, "x", dir_fd=closed))
print("stat file dir_fd", err(os.stat, "f1", dir_fd=ffd))
print("unlink file dir_fd", err(os.unlink, "f1", dir_fd=ffd))
print("open file dir_fd", err(os.open, "f1", os.O_RDONLY, dir_fd=ffd))
print("file dir_fd absolute", err(lambda: os.stat(os.path.join(new, "f1"), dir_fd=ffd).st_size))
print("listdir closed", err(os.listdir, closed))
print("listdir file", err(os.listdir, ffd))
print("scandir closed", err(os.scandir, closed))
print("scandir file", err(os.scandir, ffd))
print("fchdir closed", err(os.fchdir, closed))
print("fchdir file", err(os.fchdir, ffd))
print("chdir closed fd", err(os.chdir, closed))
print("chdir file fd", err(os.chdir, ffd))
os.close(ffd)

gone = os.path.join(base, "gone")
os.mkdir(gone)
gfd = os.open(gone, os.O_RDONLY)
os.rmdir(gone)
print("removed: listdir", err(os.listdir, gfd))
print("removed: stat", err(os.stat, "x", dir_fd=gfd))
print("removed: create", err(os.open, "x", os.O_WRONLY | os.O_CREAT, dir_fd=gfd))
print("removed: mkdir", err(os.mkdir, "x", dir_fd=gfd))
print("removed: fstat nlink", os.fstat(gfd).st_nlink)
os.close(gfd)

os.close(fd)
os.close(dfd)
for d in (old, new):
    for name in os.listdir(d):
        p = os.path.join(d, name)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
    os.rmdir(d)
os.rmdir(base)
print("done")
