# st_blocks is what the file system allocated, not an estimate from the size: none for a
# symbolic link short enough to live in its inode, fewer than the size for a sparse file.
import os
import tempfile

d = tempfile.mkdtemp()
full = os.path.join(d, "full")
with open(full, "wb") as fh:
    fh.write(b"x" * 5000)
sparse = os.path.join(d, "sparse")
with open(sparse, "wb") as fh:
    fh.seek(10**6)
    fh.write(b"x")
fast = os.path.join(d, "fast")
os.symlink("full", fast)
empty = os.path.join(d, "empty")
open(empty, "wb").close()

print("fast link", os.lstat(fast).st_blocks, os.stat(fast).st_blocks == os.stat(full).st_blocks)
print("empty", os.stat(empty).st_blocks)
print("full", os.stat(full).st_blocks * 512 >= 5000)
s = os.stat(sparse)
print("sparse", s.st_size, s.st_blocks * 512 < s.st_size)
entries = {e.name: e for e in os.scandir(d)}
print("scandir", entries["fast"].stat(follow_symlinks=False).st_blocks,
      entries["sparse"].stat().st_blocks == s.st_blocks)
fd = os.open(sparse, os.O_RDONLY)
print("fstat", os.fstat(fd).st_blocks == s.st_blocks, os.stat(fd).st_blocks == s.st_blocks)
os.close(fd)
for name in ("full", "sparse", "fast", "empty"):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
