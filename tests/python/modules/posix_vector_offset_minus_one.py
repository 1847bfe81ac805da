# os.preadv/os.pwritev with offset -1 read and write at the file position and move it (preadv2/pwritev2).
import os, tempfile
fd, p = tempfile.mkstemp()
os.write(fd, b'0123456789')
os.lseek(fd, 2, 0)
print(os.pwritev(fd, [b'ab', b'c'], -1), os.lseek(fd, 0, 1))
os.lseek(fd, 1, 0)
b = [bytearray(2), bytearray(3)]
print(os.preadv(fd, b, -1), b, os.lseek(fd, 0, 1))
print(os.pwritev(fd, [b'Z'], 0), os.lseek(fd, 0, 1))
for off in (-2,):
    for f in (lambda: os.pwritev(fd, [b'ab'], off), lambda: os.preadv(fd, [bytearray(2)], off)):
        try:
            print(f())
        except OSError as e:
            print(type(e).__name__, e.errno)
os.lseek(fd, 0, 0); print(os.read(fd, 100))
# On a pipe, offset -1 reads and writes where the pipe is (no seek is needed).
r, w = os.pipe()
print(os.pwritev(w, [b'pi', b'pe'], -1))
b = [bytearray(1), bytearray(3)]
print(os.preadv(r, b, -1), b)
try:
    os.pwritev(w, [b'x'], 0)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(r)
os.close(w)
