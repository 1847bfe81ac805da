# mmap's errors as CPython 3.11 raises them: constructor arguments, closed maps, read-only maps,
# indexing and slicing, out-of-range positions, exported buffers.
import mmap
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp(prefix='mmap_errors_%d_%s_' % (os.getpid(), '_'.join(sorted(sys._xoptions))))
path = os.path.join(d, 'data')
empty = os.path.join(d, 'empty')
with open(path, 'wb') as f:
    f.write(b'0123456789')
open(empty, 'wb').close()


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


f = open(path, 'r+b')
e = open(empty, 'r+b')
show('empty', mmap.mmap, e.fileno(), 0)
show('too long', mmap.mmap, f.fileno(), 11)
show('offset past', mmap.mmap, f.fileno(), 0, offset=4096)
show('offset unaligned', mmap.mmap, f.fileno(), 1, offset=1)
show('bad fd', mmap.mmap, -2, 10)
show('negative length', mmap.mmap, -1, -1)
show('negative offset', mmap.mmap, -1, 1, offset=-1)
show('bad access', mmap.mmap, -1, 1, access=4)
show('access and prot', mmap.mmap, f.fileno(), 10, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE)
show('zero anon', mmap.mmap, -1, 0)
show('no args', mmap.mmap)
show('one arg', mmap.mmap, -1)
show('too many', mmap.mmap, -1, 1, 1, 1, 0, 0, 0)
show('bad kw', mmap.mmap, -1, 1, x=1)
show('str fd', mmap.mmap, 'a', 1)
ro = open(path, 'rb')
show('write map of ro file', mmap.mmap, ro.fileno(), 0)
ro.close()
e.close()

m = mmap.mmap(f.fileno(), 0)
f.close()
show('index', m.__getitem__, 10)
show('neg index', m.__getitem__, -11)
show('huge index', m.__getitem__, 2 ** 70)
show('str index', m.__getitem__, 'a')
show('set str index', m.__setitem__, 'a', 1)
show('set bytes item', m.__setitem__, 0, b'a')
show('set big item', m.__setitem__, 0, 256)
show('set huge item', m.__setitem__, 0, 2 ** 70)
show('del item', m.__delitem__, 0)
show('del slice', m.__delitem__, slice(0, 2))
show('wrong size', m.__setitem__, slice(0, 2), b'a')
show('str slice', m.__setitem__, slice(0, 2), 'ab')
show('zero step', m.__getitem__, slice(0, 2, 0))
show('read str', m.read, 'a')
show('read None', m.read, None)
show('find str', m.find, 'a')
show('find none', m.find)
show('find many', m.find, b'a', 1, 2, 3)
show('find kw', lambda: m.find(b'a', start=1))
show('write str', m.write, 'a')
show('write past', m.write, b'x')
show('write_byte neg', m.write_byte, -1)
show('write_byte big', m.write_byte, 256)
show('write_byte past', m.write_byte, 1)
show('read_byte past', m.read_byte)
show('seek bad whence', m.seek, 0, 3)
show('seek negative', m.seek, -1)
show('seek past', m.seek, 1, 2)
show('move', m.move, 0, 5, 6)
show('flush range', m.flush, 0, 11)
show('flush unaligned', m.flush, 1, 2)
show('madvise start', m.madvise, mmap.MADV_NORMAL, 10)
show('madvise length', m.madvise, mmap.MADV_NORMAL, 0, -1)
show('madvise bad', m.madvise, 999)
show('madvise ok', m.madvise, mmap.MADV_RANDOM, 0, 100)
show('resize neg', m.resize, -1)
show('close args', m.close, 1)
show('add', lambda: m + m)
show('hash', lambda: type(hash(m)))
view = memoryview(m)
show('close exported', m.close)
show('resize exported', m.resize, 20)
view.release()
m.close()
for name in ['read', 'read_byte', 'readline', 'tell', 'size', '__enter__', 'flush']:
    show('closed ' + name, getattr(m, name))
show('closed len', len, m)
show('closed item', m.__getitem__, 0)
show('closed find', m.find, 'a')
show('closed bytes', bytes, m)
show('closed memoryview', memoryview, m)
show('closed close', m.close)
show('closed exit', m.__exit__, None, None, None)

with open(path, 'rb') as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
show('ro item', r.__setitem__, 0, 1)
show('ro slice', r.__setitem__, slice(0, 1), b'a')
show('ro write_byte', r.write_byte, 1)
show('ro move', r.move, 0, 1, 1)
show('ro resize', r.resize, 5)
show('ro memoryview write', memoryview(r).__setitem__, 0, 1)
r.close()
with open(path, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
show('copy resize', c.resize, 5)
c.close()

a = mmap.mmap(-1, 10)
show('anon resize 0', a.resize, 0)
print(len(a))
with open(path, 'r+b') as f:
    z = mmap.mmap(f.fileno(), 0)
show('file resize 0', z.resize, 0)
print(len(z), os.path.getsize(path))
z.close()

class Anon(mmap.mmap):
    def __new__(klass, *args, **kwargs):
        return mmap.mmap.__new__(klass, -1, *args, **kwargs)


s = Anon(5)
s.tag = 1
print(type(s).__name__, isinstance(s, mmap.mmap), len(s), s.tag, repr(s)[:30])
shutil.rmtree(d)
