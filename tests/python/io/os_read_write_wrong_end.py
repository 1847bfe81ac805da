# Reading a descriptor open for writing only (a pipe's write end, O_WRONLY) or writing one open
# for reading gives EBADF at once; array.insert converts its index once, before reading the length.
import os, array, tempfile
r, w = os.pipe()
for f, args in ((os.write, (r, b'x')), (os.read, (w, 1))):
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, 'OSError', e.errno)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    for flags, op in ((os.O_WRONLY | os.O_CREAT, 'read'), (os.O_RDONLY, 'write'), (os.O_WRONLY | os.O_TRUNC, 'readv'), (os.O_RDONLY, 'writev')):
        fd = os.open(p, flags)
        try:
            if op == 'read': os.read(fd, 1)
            elif op == 'write': os.write(fd, b'x')
            elif op == 'readv': os.readv(fd, [bytearray(2)])
            else: os.writev(fd, [b'ab'])
        except OSError as e:
            print(op, 'OSError', e.errno)
        os.close(fd)
o = array.array('i', range(10))
class I:
    def __index__(self):
        del o[:]
        return 1
print(o.insert(I(), 5), o)
class C:
    calls = 0
    def __index__(self):
        C.calls += 1
        return 3
o = array.array('i', range(10))
o.insert(C(), 7)
print(o, o.index(7, C()), C.calls)
try:
    o.insert(2**70, 1)
except OverflowError as e:
    print('OverflowError', e)
