# posix: environment, process facts, wait-status macros, fspath and constants
import posix

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv('TAIPAN_TEST_VAR', 'value')
posix.putenv(b'TAIPAN_TEST_B', b'v2')
posix.unsetenv('TAIPAN_TEST_VAR')
for args in [('a=b', 'c'), ('', 'c'), (1, 'c'), ('x\0y', 'c')]:
    try:
        posix.putenv(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    posix.unsetenv('a=b')
except OSError as e:
    print(type(e).__name__, e)
print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() > 0, posix.getuid() >= 0, posix.getgid() >= 0)
print(posix.geteuid() == posix.getuid(), posix.getegid() == posix.getgid())
u = posix.uname()
print(type(u).__name__, u.sysname, len(u), type(u.release).__name__, u._fields if hasattr(u, '_fields') else None)
t = posix.times()
print(type(t).__name__, len(t), all(x >= 0 for x in t))
print(posix.cpu_count() >= 1, len(posix.urandom(16)), posix.urandom(0))
try:
    posix.urandom(-1)
except ValueError as e:
    print('ValueError', e)
old = posix.umask(0o27)
print(oct(posix.umask(old)))
for s in [0, 256, 9, 0x7f | (19 << 8), 0xffff]:
    print(s, posix.WIFEXITED(s), posix.WEXITSTATUS(s), posix.WIFSIGNALED(s), posix.WTERMSIG(s),
          posix.WIFSTOPPED(s), posix.WSTOPSIG(s), posix.WCOREDUMP(s), posix.WIFCONTINUED(s))
    try:
        print(posix.waitstatus_to_exitcode(s))
    except ValueError as e:
        print('ValueError', e)

class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
print(posix.fspath('a'), posix.fspath(b'b'), posix.fspath(P('c')), posix.fspath(P(b'd')))
for bad in [1, None, P(1), [1]]:
    try:
        posix.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(posix.fspath(path='kw'))
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND,
      posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY, posix.O_NOFOLLOW, posix.F_OK, posix.R_OK, posix.W_OK,
      posix.X_OK, posix.EX_OK, posix.WNOHANG)
print(posix.error is OSError, posix.stat_result.__name__, posix.terminal_size((80, 24)))
print(posix.isatty(0), posix.device_encoding(0))
try:
    posix.getcwd(1)
except TypeError as e:
    print('TypeError', e)
r, w = posix.pipe()
print(posix.write(w, b'through the pipe'), posix.read(r, 7), posix.read(r, 100))
posix.close(w)
print(posix.read(r, 10))
posix.close(r)
try:
    posix.kill(2**22 + 12345, 0)
except OSError as e:
    print(type(e).__name__, e)
