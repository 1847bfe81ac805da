# fcntl.fcntl on files, pipes and sockets: descriptor flags (FD_CLOEXEC) and file status flags
# (access mode, O_APPEND, O_NONBLOCK) agree with os.get_inheritable / os.get_blocking, F_DUPFD
# makes a usable descriptor, string arguments come back as bytes, and errors are CPython's.
import fcntl
import os
import socket
import struct
import tempfile

print(sorted(n for n in dir(fcntl) if not n.startswith('_')))
print(fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_SETLKW, fcntl.F_OFD_SETLK, fcntl.DN_MULTISHOT, fcntl.F_SEAL_WRITE)


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


def access(fd):
    fl = fcntl.fcntl(fd, fcntl.F_GETFL)
    return (fl & os.O_ACCMODE, bool(fl & os.O_APPEND), bool(fl & os.O_NONBLOCK))


d = tempfile.mkdtemp()
path = os.path.join(d, 'data')
with open(path, 'w') as f:
    f.write('hello')

# descriptor flags on a file opened by open()
with open(path, 'r+') as f:
    fd = f.fileno()
    print('getfd', fcntl.fcntl(fd, fcntl.F_GETFD), fcntl.fcntl(f, fcntl.F_GETFD), os.get_inheritable(fd))
    os.set_inheritable(fd, True)
    print('after set_inheritable', fcntl.fcntl(fd, fcntl.F_GETFD))
    print('setfd', fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC), os.get_inheritable(fd))
    print('setfd 0', fcntl.fcntl(fd, fcntl.F_SETFD, 0), os.get_inheritable(fd))
    print('access r+', access(fd))
    print('blocking', os.get_blocking(fd))
    print('setfl', fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK))
    print('nonblocking', os.get_blocking(fd), access(fd))
    os.set_blocking(fd, True)
    print('set_blocking', access(fd))
    print('read still works', f.read())

for mode in ('r', 'w', 'a', 'rb', 'ab+'):
    with open(path, mode) as f:
        print('access', mode, access(f.fileno()))

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
print('os.open access', access(fd), fcntl.fcntl(fd, fcntl.F_GETFD))
os.close(fd)

# pipes: real descriptors, whose flags os.get_blocking reads too
r, w = os.pipe()
print('pipe access', access(r), access(w), fcntl.fcntl(r, fcntl.F_GETFD), fcntl.fcntl(w, fcntl.F_GETFD))
fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK)
print('pipe nonblocking', os.get_blocking(r), access(r))
show('read empty nonblocking pipe', os.read, r, 10)
os.set_blocking(r, True)
print('pipe blocking again', access(r))
print('pipe size', fcntl.fcntl(w, fcntl.F_GETPIPE_SZ))
print('set pipe size', fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 8192), fcntl.fcntl(w, fcntl.F_GETPIPE_SZ))

# F_DUPFD / F_DUPFD_CLOEXEC: the lowest free number at least the argument
w2 = fcntl.fcntl(w, fcntl.F_DUPFD, 20)
w3 = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, 20)
print('dupfd', w2, w3, fcntl.fcntl(w2, fcntl.F_GETFD), fcntl.fcntl(w3, fcntl.F_GETFD), os.get_inheritable(w3))
os.write(w2, b'via dup')
print(os.read(r, 100))
for n in (w2, w3, r, w):
    os.close(n)

# a string or bytes argument is copied and returned
with open(path) as f:
    print('bytes arg', fcntl.fcntl(f, fcntl.F_GETFD, b'abc'), fcntl.fcntl(f, fcntl.F_GETFD, 'str\u00e9'))
    lock = struct.pack('hhqqhh', fcntl.F_WRLCK, 0, 0, 0, 0, 0)
    got = fcntl.fcntl(f, fcntl.F_GETLK, lock)
    print('F_GETLK on an unlocked file', struct.unpack('hhqqhh', got)[0] == fcntl.F_UNLCK, len(got))
    show('string too long', fcntl.fcntl, f, fcntl.F_GETFD, b'x' * 1025)
    print('1024 is fine', len(fcntl.fcntl(f, fcntl.F_GETFD, b'x' * 1024)))
    for bad in (1.5, bytearray(b'ab'), None, [1]):
        show('arg ' + type(bad).__name__, fcntl.fcntl, f, fcntl.F_GETFD, bad)
    print('big int arg masked', fcntl.fcntl(f, fcntl.F_GETFD, 2 ** 40), fcntl.fcntl(f, fcntl.F_GETFD, -1))
    show('cmd too big', fcntl.fcntl, f, 2 ** 40)
    show('cmd float', fcntl.fcntl, f, 1.0)
    show('bad cmd', fcntl.fcntl, f, 9999)


class HasFileno:
    def __init__(self, n):
        self.n = n

    def fileno(self):
        return self.n


# sockets
a, b = socket.socketpair()
print('socket access', access(a)[0] == os.O_RDWR, fcntl.fcntl(a, fcntl.F_GETFD))
a.setblocking(False)
print('socket nonblocking', bool(fcntl.fcntl(a, fcntl.F_GETFL) & os.O_NONBLOCK))
a.close()
b.close()

# bad descriptors
fd = os.open(path, os.O_RDONLY)
os.close(fd)
show('closed fd', fcntl.fcntl, fd, fcntl.F_GETFD)
show('negative', fcntl.fcntl, -1, fcntl.F_GETFD)
show('fileno -1', fcntl.fcntl, HasFileno(-1), fcntl.F_GETFD)
show('fileno str', fcntl.fcntl, HasFileno('x'), fcntl.F_GETFD)
show('str fd', fcntl.fcntl, 'spam', fcntl.F_GETFD)
show('huge fd', fcntl.fcntl, 2 ** 31, fcntl.F_GETFD)
show('too few', fcntl.fcntl, 1)
show('too many', fcntl.fcntl, 1, 2, 3, 4)
try:
    fcntl.fcntl(fd=1, cmd=1)
except TypeError as e:
    print('keywords', e)
f = open(path)
f.close()
show('closed file', fcntl.fcntl, f, fcntl.F_GETFD)

os.remove(path)
os.rmdir(d)
