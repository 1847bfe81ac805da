# errno: every Linux name, errorcode (aliases: the last name wins) and os.strerror's texts
import errno, posix
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], posix.strerror(v))
print(posix.strerror(0), '|', posix.strerror(200), '|', posix.strerror(-1))
print(errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN,
             errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINTR, errno.EINVAL]:
    e = OSError(code, posix.strerror(code), 'f')
    print(type(e).__name__, e)
