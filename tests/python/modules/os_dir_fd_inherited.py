# A directory descriptor passed to a child process (subprocess's pass_fds) works there as a
# dir_fd and as a path, though the child never knew the directory's name: listdir, scandir,
# stat, open and mkdir relative to it, fchdir; the directory was renamed after it was opened,
# so only the descriptor leads to it. A regular file's descriptor passed the same way is
# NotADirectoryError as a dir_fd.
import os
import subprocess
import sys
import tempfile

base = os.path.realpath(tempfile.mkdtemp())
d = os.path.join(base, "shared")
os.mkdir(d)
with open(os.path.join(d, "x"), "w") as f:
    f.write("seven b")
os.mkdir(os.path.join(d, "sub"))
fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
ffd = os.open(os.path.join(d, "x"), os.O_RDONLY)
os.rename(d, os.path.join(base, "renamed"))
os.mkdir(d)

child = r"""
import os, sys
fd, ffd = int(sys.argv[1]), int(sys.argv[2])
def err(fn, *a, **k):
    try:
        return "ok %r" % (fn(*a, **k),)
    except OSError as e:
        return "%s errno=%s filename=%r" % (type(e).__name__, e.errno, "ffd" if e.filename == ffd else e.filename)
print("listdir", sorted(os.listdir(fd)))
print("listdir again", sorted(os.listdir(fd)))
print("scandir", sorted((e.name, e.is_dir()) for e in os.scandir(fd)))
print("stat x", os.stat("x", dir_fd=fd).st_size)
print("stat missing", err(os.stat, "missing", dir_fd=fd))
r = os.open("x", os.O_RDONLY, dir_fd=fd)
print("read x", os.read(r, 100))
os.close(r)
os.mkdir("from_child", dir_fd=fd)
print("fstat is dir", os.path.samestat(os.fstat(fd), os.stat(".", dir_fd=fd)))
print("file as dir_fd", err(os.stat, "x", dir_fd=ffd))
print("listdir of file fd", err(os.listdir, ffd))
os.fchdir(fd)
print("cwd name", os.path.basename(os.getcwd()), sorted(os.listdir(".")))
"""
r = subprocess.run([sys.executable, "-c", child, str(fd), str(ffd)], pass_fds=(fd, ffd), capture_output=True,
                   text=True)
print(r.stdout, end="")
print("stderr", r.stderr.strip()[-400:], "exit", r.returncode)
print("parent sees", sorted(os.listdir(os.path.join(base, "renamed"))), sorted(os.listdir(d)))
os.close(fd)
os.close(ffd)
for p in ("renamed/sub", "renamed/from_child", "shared"):
    os.rmdir(os.path.join(base, p))
os.unlink(os.path.join(base, "renamed", "x"))
os.rmdir(os.path.join(base, "renamed"))
os.rmdir(base)
print("done")
