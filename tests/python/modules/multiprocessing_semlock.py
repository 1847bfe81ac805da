# _multiprocessing.SemLock (the POSIX named semaphore behind multiprocessing's locks) and
# _posixshmem (shared memory objects): their arguments, counts, ownership and errors.
import _multiprocessing
import _posixshmem
import os
import secrets

# unique per run: the test harness runs a program three times at once in one process
PREFIX = "/tp-test-%d-%s-" % (os.getpid(), secrets.token_hex(4))
SemLock = _multiprocessing.SemLock


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).replace(PREFIX, "PREFIX-"))


print(_multiprocessing.flags, SemLock.SEM_VALUE_MAX)
print(sorted(name for name in dir(SemLock) if not name.startswith("__")))
attempt(lambda: _multiprocessing.sem_unlink(PREFIX + "missing"))
attempt(lambda: _multiprocessing.sem_unlink(3))
attempt(lambda: SemLock(5, 1, 1, PREFIX + "x", True))
attempt(lambda: SemLock(1, 1, 1, 3, True))
attempt(lambda: SemLock(1, 1, 1, PREFIX + "a\0b", True))
attempt(lambda: SemLock(1, 1, 1, "/a\udc80b", True))
attempt(lambda: SemLock(1, 1, 1))
attempt(lambda: SemLock(1, 5, 10, "/a/b", True))

# a counting semaphore whose name stays until sem_unlink
s = SemLock(1, 1, 1, PREFIX + "kept", False)
print(s.name == PREFIX + "kept", s.kind, s.maxvalue, type(s.handle).__name__)
attempt(lambda: setattr(s, "name", "x"))
print(s.acquire(), s.acquire(timeout=0.05), s.acquire(False), s.acquire(True, -1))
print(s._count(), s._is_mine(), s._get_value(), s._is_zero())
s.release()
attempt(s.release)
attempt(lambda: s.acquire(timeout="x"))
attempt(lambda: SemLock(1, 1, 1, PREFIX + "kept", False))
again = SemLock._rebuild(0, 1, 1, PREFIX + "kept")
print(again.acquire(False), s.acquire(False), again._is_zero(), s._is_zero())
again.release()
print(s._get_value())
_multiprocessing.sem_unlink(PREFIX + "kept")
attempt(lambda: _multiprocessing.sem_unlink(PREFIX + "kept"))
attempt(lambda: SemLock._rebuild(0, 1, 1, PREFIX + "kept"))
attempt(lambda: SemLock._rebuild(0, 0, 1, 3))
attempt(lambda: SemLock._rebuild(0, 0, 1))

# a recursive mutex, unlinked at once: only its owner releases it, once per acquire
r = SemLock(0, 1, 1, PREFIX + "mutex", True)
print(r.name)
attempt(r.release)
print(r.acquire(), r.acquire(), r._count(), r._is_mine())
r.release()
r.release()
print(r._count(), r._is_mine())
print(type(SemLock._rebuild(r.handle, 0, 1, None)).__name__)

b = SemLock(1, 2, 3, PREFIX + "bounded", True)
print(b._get_value(), b.__enter__(), b._get_value(), b.__exit__(None, None, None), b._get_value())
attempt(lambda: b.__exit__(1, 2, 3, 4))


class Sub(SemLock):
    pass


print(type(Sub(1, 1, 1, PREFIX + "sub", True)).__name__)

# shared memory objects: files of /dev/shm on Linux, opened as descriptors
shm = PREFIX + "shm"
fd = _posixshmem.shm_open(shm, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
os.ftruncate(fd, 4096)
print(os.fstat(fd).st_size, oct(os.fstat(fd).st_mode & 0o777))
os.write(fd, b"hello")
os.close(fd)
fd = _posixshmem.shm_open(shm, os.O_RDWR)
print(os.read(fd, 5))
os.close(fd)
attempt(lambda: _posixshmem.shm_open(shm, os.O_CREAT | os.O_EXCL | os.O_RDWR))
_posixshmem.shm_unlink(shm)
attempt(lambda: _posixshmem.shm_unlink(shm))
attempt(lambda: _posixshmem.shm_open(shm, os.O_RDWR))
attempt(lambda: _posixshmem.shm_open("/a/b", os.O_RDWR))
attempt(lambda: _posixshmem.shm_open("", os.O_RDWR))
attempt(lambda: _posixshmem.shm_open("x" * 300, os.O_RDWR))
attempt(lambda: _posixshmem.shm_open(3, os.O_RDWR))
attempt(lambda: _posixshmem.shm_unlink("/"))
attempt(lambda: _posixshmem.shm_unlink("x" * 300))
attempt(lambda: _posixshmem.shm_unlink("/a\udc80"))
attempt(lambda: _posixshmem.shm_open(PREFIX + "nul\0", 0))

# names at the length limit, a directory in the way, attributes, deadlines C cannot hold
long_name = PREFIX + "x" * (256 - len(PREFIX))
fd = _posixshmem.shm_open(long_name, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
os.close(fd)
_posixshmem.shm_unlink(long_name)
for name in (long_name + "x", long_name + "x" * 5):
    for call in (lambda: _posixshmem.shm_open(name, os.O_RDWR), lambda: _posixshmem.shm_unlink(name)):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
directory = "/dev/shm" + PREFIX + "dir"
os.mkdir(directory)
attempt(lambda: _posixshmem.shm_open(PREFIX + "dir", os.O_RDWR))
attempt(lambda: _posixshmem.shm_unlink(PREFIX + "dir"))
os.rmdir(directory)
zero = SemLock(1, 0, 1, PREFIX + "zero", True)
attempt(lambda: setattr(zero, "foo", 3))
attempt(lambda: zero.acquire(True, float("nan")))
attempt(lambda: zero.acquire(True, float("inf")))
attempt(lambda: zero.acquire(True, 1e300))
zero.release()
print(zero.acquire(True, float("inf")))
print(os.cpu_count() == os.sysconf("SC_NPROCESSORS_ONLN"))
