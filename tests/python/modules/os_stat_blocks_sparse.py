# st_blocks of a sparse file is what the file system allocated, fewer blocks than its size,
# through every way of asking (stat, scandir, fstat, stat of a descriptor).
import os
import tempfile

d = tempfile.mkdtemp()
sparse = os.path.join(d, "sparse")
with open(sparse, "wb") as fh:
    fh.seek(10**6)
    fh.write(b"x")
s = os.stat(sparse)
print("sparse", s.st_size, s.st_blocks * 512 < s.st_size)
entries = {e.name: e for e in os.scandir(d)}
print("scandir", entries["sparse"].stat().st_blocks == s.st_blocks)
fd = os.open(sparse, os.O_RDONLY)
print("fstat", os.fstat(fd).st_blocks == s.st_blocks, os.stat(fd).st_blocks == s.st_blocks)
os.close(fd)
os.unlink(sparse)
os.rmdir(d)
