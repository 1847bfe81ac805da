# st_blocks is what the file system allocated, not an estimate from the size: none for a
# symbolic link short enough to live in its inode (a sparse file: os_stat_blocks_sparse.py).
import os
import tempfile

d = tempfile.mkdtemp()
full = os.path.join(d, "full")
with open(full, "wb") as fh:
    fh.write(b"x" * 5000)
fast = os.path.join(d, "fast")
os.symlink("full", fast)
empty = os.path.join(d, "empty")
open(empty, "wb").close()

print("fast link", os.lstat(fast).st_blocks, os.stat(fast).st_blocks == os.stat(full).st_blocks)
print("empty", os.stat(empty).st_blocks)
print("full", os.stat(full).st_blocks * 512 >= 5000)
entries = {e.name: e for e in os.scandir(d)}
print("scandir", entries["fast"].stat(follow_symlinks=False).st_blocks)
for name in ("full", "fast", "empty"):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
