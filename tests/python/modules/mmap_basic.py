# mmap.mmap over a file and anonymous memory: reading, writing, seeking, finding, slicing, the
# buffer protocol (memoryview, bytes, re, struct), resize, and that writes reach the file after
# flush() or close() while ACCESS_COPY writes never do.
import mmap
import os
import re
import shutil
import struct
import sys
import tempfile

d = tempfile.mkdtemp(prefix='mmap_basic_%d_%s_' % (os.getpid(), '_'.join(sorted(sys._xoptions))))
path = os.path.join(d, 'data')


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(n for n in dir(mmap) if not n.startswith('_')))
print(mmap.error is OSError, mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, mmap.MADV_DONTNEED)
print(sorted(n for n in dir(mmap.mmap) if not n.startswith('_')))

with open(path, 'wb') as f:
    f.write(b'hello world\nsecond line\nthird\n')

with open(path, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0)
print(repr(m), len(m), m.size(), m.closed)
print(m.readline(), m.tell(), m.read(6), m.read_byte(), m.tell())
print(m.read(), m.read(), m.readline())
m.seek(0)
print(m.find(b'line'), m.find(b'line', 20), m.rfind(b'l'), m.find(b'zzz'), m.find(b'o', -10, -1))
print(m[0], m[-1], m[:5], m[-6:], m[::5], m[10:2:-2], m[100:])
m[0] = ord('H')
m[6:11] = b'WORLD'
m[12::6] = b'SLT'
show('write', m.write, b'XY')
print(m.tell(), m[:14])
m.write_byte(ord('!'))
m.move(0, 6, 5)
print(m[:])
print(bytes(m)[:12], memoryview(m)[:5].tobytes(), memoryview(m).readonly)
print(re.search(rb'(\w+)line', m).group(1), re.findall(rb'\n(\w)', m))
mv = memoryview(m)
mv[1:3] = b'ee'
struct.pack_into('>H', m, 3, 0x4142)
mv.release()
print(m[:6], list(m)[:3], b'W' in m, b'q' in m)
m.flush()
with open(path, 'rb') as f:
    print('file after flush', f.read())
show('seek', m.seek, 3, 1)
print(m.tell())
m[0:1] = b'#'
m.close()
with open(path, 'rb') as f:
    print('file after close', f.read())
print(repr(m), m.closed)

# ACCESS_READ, ACCESS_WRITE, ACCESS_COPY and offsets
with open(path, 'wb') as f:
    f.write(b'a' * mmap.PAGESIZE + b'b' * 100)
with open(path, 'rb') as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    o = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ, offset=mmap.PAGESIZE)
print(repr(r), repr(o), o[:3], memoryview(r).readonly)
show('ro write', r.write, b'x')
show('ro setitem', r.__setitem__, 0, 1)
r.close(); o.close()
with open(path, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_COPY)
    w = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_WRITE)
c[:] = b'c' * 10
w[:3] = b'www'
print(c[:], w[:], repr(c.flush()))
with open(path, 'rb') as f:
    print('file before close', f.read(12))
memoryview(w)[3:5] = b'vv'
c.close()
w.close()
with open(path, 'rb') as f:
    print('file', f.read(12))

# resize of a file-backed map changes the file's size
with open(path, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0)
m.resize(20)
print(len(m), m.size(), os.path.getsize(path))
m.resize(8192 + 10)
print(len(m), m.size(), m[-3:], m[4096:4099])
m.close()

# anonymous memory
a = mmap.mmap(-1, 16)
print(repr(a), a[:], a.write(b'abc'), a.tell())
a.resize(4)
print(len(a), a[:], repr(a.read(10)))
show('size', a.size)
with mmap.mmap(-1, 8, flags=mmap.MAP_PRIVATE) as p:
    p[:] = b'12345678'
    print(p[::-1], p.closed)
print(p.closed)

shutil.rmtree(d)
