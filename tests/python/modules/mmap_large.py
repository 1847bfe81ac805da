# A map of a (sparse) file over 2 GiB: length, slicing, find/rfind, seek and write near its end,
# and writes reaching the file, as CPython's test_mmap LargeMmapTests do.
import mmap
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp(prefix='mmap_large_%d_%s_' % (os.getpid(), '_'.join(sorted(sys._xoptions))))
path = os.path.join(d, 'sparse')
end = 2 ** 31 + 100
with open(path, 'w+b') as f:
    f.seek(end)
    f.write(b'END\n')
with open(path, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0)
print(len(m), m.size(), m[-4:], m[end - 2:end + 2], m[-1], m.find(b'END', 2 ** 31), m.rfind(b'E'))
m[0:3] = b'abc'
m.seek(end - 10)
print(m.write(b'xyz'), m.tell(), m.read(3), m.readline(), m.read())
m.flush()
m.close()
with open(path, 'rb') as f:
    print(f.read(3))
    f.seek(end - 10)
    print(f.read(14))
with open(path, 'rb') as f:
    r = mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_READ, offset=2 ** 31)
print(len(r), r[:3], r.size())
r.close()
shutil.rmtree(d)
