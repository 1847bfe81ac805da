# Sockets dropped without close() give their descriptor back as CPython's finalizer does: after
# gc.collect(), and when a call that needs a descriptor fails with EMFILE. Detached sockets keep
# theirs open; sockets made over a descriptor (fileno=, fromfd, socketpair) own it. Descriptors
# are counted and the limit lowered in a child process, never in the test runner's.
import os
import subprocess
import sys

CHILD = r'''
import gc, os, resource, socket, sys

def count():
    return len(os.listdir('/proc/self/fd'))

def grew(make, n):
    gc.collect()
    before = count()
    for i in range(n):
        make()
    gc.collect()
    return count() - before < 50

print("sockets", grew(socket.socket, 3000))
print("pairs", grew(socket.socketpair, 1000))
print("files", grew(lambda: open(sys.argv[1]), 1000))
print("udp", grew(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM), 1000))

# detach(): the descriptor is the program's now, never closed by the dropped socket
s = socket.socket()
fd = s.detach()
print("detached", s.fileno(), fd >= 0)
del s
gc.collect()
os.fstat(fd)
print("detached fd still open")
t = socket.socket(fileno=fd)
print("adopted", t.fileno() == fd, t.family == socket.AF_INET)
t.close()
try:
    os.fstat(fd)
except OSError as e:
    print("closed by close()", e.errno)

# a socket made from a duplicate owns only the duplicate
c = socket.socket()
d = socket.fromfd(c.fileno(), socket.AF_INET, socket.SOCK_STREAM)
cfd, dfd = c.fileno(), d.fileno()
print("dup differs", cfd != dfd)
del d
gc.collect()
os.fstat(cfd)
print("original open after the duplicate was dropped")
c.close()

# a detached socketpair end can be handed to os.read/os.write
a, b = socket.socketpair()
wfd = a.detach()
del a
gc.collect()
os.write(wfd, b"ping")
print(b.recv(10))
os.close(wfd)
b.close()

# a descriptor that is not a socket is refused and left open
r, w = os.pipe()
try:
    socket.socket(fileno=r)
except OSError as e:
    print("not a socket", type(e).__name__, e.errno)
gc.collect()
os.fstat(r)
print("pipe still open")
os.close(r)
os.close(w)

# EMFILE: the dropped sockets' descriptors are reclaimed and the call made again
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
socket.socket().close()
resource.setrlimit(resource.RLIMIT_NOFILE, (count() + 64, hard))
try:
    for i in range(1000):
        socket.socket()
    for i in range(300):
        x, y = socket.socketpair()
    print("within the limit")
except OSError as e:
    print("OSError", e.errno)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
'''

r = subprocess.run([sys.executable, "-c", CHILD, os.path.abspath(__file__)], capture_output=True, text=True)
print(r.stdout, end="")
print(r.returncode, r.stderr[-300:])
