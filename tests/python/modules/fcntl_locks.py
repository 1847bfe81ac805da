# fcntl.flock and fcntl.lockf: BSD locks conflict between two open files of one process, POSIX
# record locks only between processes (a child started with subprocess tries them with LOCK_NB),
# a blocking flock waits without holding up the other threads, and errors are CPython's.
import fcntl
import os
import subprocess
import sys
import tempfile
import threading
import time

d = tempfile.mkdtemp()
path = os.path.join(d, 'lockme')
with open(path, 'wb') as f:
    f.write(b'0123456789' * 10)


def show(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# flock: per open file, so a second open() of the same file conflicts
f1 = open(path, 'rb+')
f2 = open(path, 'rb+')
print('ex', fcntl.flock(f1, fcntl.LOCK_EX))
show('second ex nb', fcntl.flock, f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
show('second sh nb', fcntl.flock, f2.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
try:
    fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError as e:
    print('errno', e.errno, e.errno == fcntl.LOCK_NB + 7)
print('same file again', fcntl.flock(f1, fcntl.LOCK_EX | fcntl.LOCK_NB))
fcntl.flock(f1, fcntl.LOCK_UN)
print('after unlock', fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB))
fcntl.flock(f2, fcntl.LOCK_UN)
print('shared twice', fcntl.flock(f1, fcntl.LOCK_SH), fcntl.flock(f2, fcntl.LOCK_SH | fcntl.LOCK_NB))
show('ex while shared', fcntl.flock, f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(f1, fcntl.LOCK_UN)
fcntl.flock(f2, fcntl.LOCK_UN)

# a blocking flock releases the GIL: the main thread keeps running until it lets go
events = []
fcntl.flock(f1, fcntl.LOCK_EX)


def waiter():
    fcntl.flock(f2, fcntl.LOCK_EX)
    events.append('waiter got the lock')
    fcntl.flock(f2, fcntl.LOCK_UN)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.2)
events.append('main ran while the waiter waited')
fcntl.flock(f1, fcntl.LOCK_UN)
t.join()
print(events)

# a signal handler runs while the main thread waits for a lock (PEP 475): one that raises ends
# the wait, one that returns lets it go on
import signal


class Alarm(Exception):
    pass


def raising(signum, frame):
    raise Alarm()


held, release = threading.Event(), threading.Event()


def holder():
    fcntl.flock(f2, fcntl.LOCK_EX)
    held.set()
    release.wait()
    fcntl.flock(f2, fcntl.LOCK_UN)


t = threading.Thread(target=holder)
t.start()
held.wait()
old_handler = signal.signal(signal.SIGALRM, raising)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.1)
    fcntl.flock(f1, fcntl.LOCK_EX)
    print('got the lock?')
except Alarm:
    print('the handler raised during the flock wait')
calls = []


def returning(signum, frame):
    calls.append(signum)
    release.set()


signal.signal(signal.SIGALRM, returning)
signal.setitimer(signal.ITIMER_REAL, 0.1)
fcntl.flock(f1, fcntl.LOCK_EX)
print('locked after the handler returned', calls == [signal.SIGALRM])
fcntl.flock(f1, fcntl.LOCK_UN)
t.join()

# open file description locks (F_OFD_*) conflict between two open() of one process, like flock,
# and take a struct flock: a wait for one (F_OFD_SETLKW) is cut short by a raising handler too
import struct


def ofd(kind):
    return struct.pack('hh4xqqi4x', kind, 0, 0, 0, 0)


held.clear()
release.clear()


def ofd_holder():
    fcntl.fcntl(f2, fcntl.F_OFD_SETLKW, ofd(fcntl.F_WRLCK))
    held.set()
    release.wait()
    fcntl.fcntl(f2, fcntl.F_OFD_SETLK, ofd(fcntl.F_UNLCK))


t = threading.Thread(target=ofd_holder)
t.start()
held.wait()
show('ofd try', fcntl.fcntl, f1, fcntl.F_OFD_SETLK, ofd(fcntl.F_WRLCK))
got = fcntl.fcntl(f1, fcntl.F_OFD_GETLK, ofd(fcntl.F_WRLCK))
print('ofd getlk', struct.unpack('hh4xqqi4x', got)[0] == fcntl.F_WRLCK, len(got))
signal.signal(signal.SIGALRM, raising)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.1)
    fcntl.fcntl(f1, fcntl.F_OFD_SETLKW, ofd(fcntl.F_WRLCK))
    print('got the lock?')
except Alarm:
    print('the handler raised during the F_OFD_SETLKW wait')
release.set()
t.join()
print('ofd after release', len(fcntl.fcntl(f1, fcntl.F_OFD_SETLKW, ofd(fcntl.F_WRLCK))))
fcntl.fcntl(f1, fcntl.F_OFD_SETLK, ofd(fcntl.F_UNLCK))
signal.signal(signal.SIGALRM, old_handler)

# lockf: POSIX locks belong to the process, so another descriptor of ours never conflicts
print('lockf ex', fcntl.lockf(f1, fcntl.LOCK_EX | fcntl.LOCK_NB))
print('lockf ex again, other descriptor', fcntl.lockf(f2, fcntl.LOCK_EX | fcntl.LOCK_NB))
fcntl.lockf(f1, fcntl.LOCK_UN)

CHILD = '''
import fcntl, sys
f = open(sys.argv[1], 'rb+')
def attempt(label, *args):
    try:
        fcntl.lockf(f, *args)
        print(label, 'locked')
        fcntl.lockf(f, fcntl.LOCK_UN, *args[1:])
    except OSError as e:
        print(label, type(e).__name__, e.errno in (11, 13))
for op in sys.argv[2:]:
    if op == 'ex':
        attempt('ex', fcntl.LOCK_EX | fcntl.LOCK_NB)
    elif op == 'sh':
        attempt('sh', fcntl.LOCK_SH | fcntl.LOCK_NB)
    elif op == 'range-free':
        attempt('bytes 50..59', fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 50)
    elif op == 'range-held':
        attempt('bytes 5..14', fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 5)
    elif op == 'flock':
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            print('flock locked')
        except OSError as e:
            print('flock', type(e).__name__)
'''


def child(*ops):
    r = subprocess.run([sys.executable, '-c', CHILD, path] + list(ops), capture_output=True, text=True)
    print(r.stdout, end='')
    if r.returncode:
        print('child failed', r.returncode, r.stderr)


fcntl.lockf(f1, fcntl.LOCK_EX | fcntl.LOCK_NB, 20)
print('parent holds bytes 0..19 exclusively')
child('ex', 'sh', 'range-free', 'range-held')
fcntl.lockf(f1, fcntl.LOCK_UN, 20)
fcntl.lockf(f1, fcntl.LOCK_SH)
print('parent holds a shared lock')
child('sh', 'ex')
fcntl.lockf(f1, fcntl.LOCK_UN)
fcntl.flock(f1, fcntl.LOCK_EX)
print('parent holds flock')
child('flock', 'ex')
fcntl.flock(f1, fcntl.LOCK_UN)
print('parent holds nothing')
child('ex', 'flock')

# errors
show('lockf bad cmd', fcntl.lockf, f1, fcntl.LOCK_NB)
show('lockf zero cmd', fcntl.lockf, f1, 0)
show('lockf str len', fcntl.lockf, f1, fcntl.LOCK_UN, 'a')
show('lockf float start', fcntl.lockf, f1, fcntl.LOCK_UN, 0, 1.5)
show('lockf huge len', fcntl.lockf, f1, fcntl.LOCK_UN, 2 ** 70)
show('lockf bad whence', fcntl.lockf, f1, fcntl.LOCK_UN, 0, 0, 7)
show('lockf too many', fcntl.lockf, f1, fcntl.LOCK_UN, 0, 0, 0, 0)
show('lockf too few', fcntl.lockf, f1)
with open(path, 'rb') as ro:
    show('lockf ex on read-only', fcntl.lockf, ro, fcntl.LOCK_EX | fcntl.LOCK_NB)
    show('lockf sh on read-only', fcntl.lockf, ro, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.lockf(ro, fcntl.LOCK_UN)
show('flock str op', fcntl.flock, f1, 'x')
show('flock too few', fcntl.flock, f1)
show('flock negative fd', fcntl.flock, -1, fcntl.LOCK_SH)
show('flock str fd', fcntl.flock, 'spam', fcntl.LOCK_SH)
show('flock huge op', fcntl.flock, f1, 2 ** 40)
fd = os.open(path, os.O_RDONLY)
os.close(fd)
show('flock closed fd', fcntl.flock, fd, fcntl.LOCK_SH)
show('lockf closed fd', fcntl.lockf, fd, fcntl.LOCK_SH)
try:
    fcntl.flock(f1, operation=fcntl.LOCK_SH)
except TypeError as e:
    print('keywords', e)

# ioctl on a regular file: FIONREAD counts the bytes left to read
import array
import termios
with open(path, 'rb', buffering=0) as f:
    f.read(30)
    buf = array.array('i', [0])
    print('FIONREAD', fcntl.ioctl(f, termios.FIONREAD, buf), buf[0])
    ba = bytearray(4)
    print('mutate', fcntl.ioctl(f, termios.FIONREAD, ba), int.from_bytes(ba, sys.byteorder))
    print('no mutate', fcntl.ioctl(f, termios.FIONREAD, bytearray(4), False))
    print('bytes arg', fcntl.ioctl(f, termios.FIONREAD, b'\0\0\0\0'))
    print('big buffer', fcntl.ioctl(f, termios.FIONREAD, bytearray(2000)))
    show('big buffer no mutate', fcntl.ioctl, f, termios.FIONREAD, bytearray(2000), False)
    show('big bytes', fcntl.ioctl, f, termios.FIONREAD, b'x' * 1025)
    show('not a tty', fcntl.ioctl, f, termios.TIOCGWINSZ, b'\0' * 8)
    show('float arg', fcntl.ioctl, f, termios.FIONREAD, 1.5)
    show('int too big', fcntl.ioctl, f, termios.TIOCGWINSZ, 2 ** 40)
    show('request masked', fcntl.ioctl, f, -1)
    show('too few', fcntl.ioctl, f)

f1.close()
f2.close()
os.remove(path)
os.rmdir(d)

# a bad argument is reported before a bad descriptor
show('bad cmd and bad fd', fcntl.lockf, 999, fcntl.LOCK_NB)
show('bad start and bad fd', fcntl.lockf, 999, fcntl.LOCK_UN, 0, 'x')
show('long buffer and bad fd', fcntl.ioctl, 999, 0, bytearray(2000), False)
show('long string and bad fd', fcntl.fcntl, 999, 0, b'x' * 1025)
show('bad arg and bad fd', fcntl.fcntl, 999, 0, 1.5)
