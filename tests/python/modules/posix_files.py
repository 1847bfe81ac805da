# posix file functions in a fresh directory: relative paths resolve against posix.chdir's directory
import posix

S_IFMT, S_IFDIR, S_IFREG, S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000
top = '/tmp/taipan-posix-' + posix.urandom(6).hex()
start = posix.getcwd()
posix.mkdir(top)
posix.chdir(top)
print(posix.getcwd() == top, posix.getcwdb() == top.encode())

def err(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

fd = posix.open('a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL, 0o644)
print(posix.write(fd, b'hello world'), posix.fstat(fd).st_size)
posix.close(fd)
err(posix.open, 'a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
fd = posix.open('a.txt', posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
fd2 = posix.dup(fd)
print(posix.lseek(fd2, 0, 0), posix.read(fd, 3))
posix.close(fd)
posix.close(fd2)
err(posix.close, fd)
err(posix.read, fd, 1)

st = posix.stat('a.txt')
print(st.st_size, st.st_mode & S_IFMT == S_IFREG, oct(st.st_mode & 0o777), st.st_nlink)
print(len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, type(st).__name__)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime), st.st_blocks >= 0)
print(st.st_mtime_ns // 10**9 == st[8], st == tuple(st), type(st).__module__)

posix.mkdir('sub', 0o755)
posix.mkdir('sub/deeper')
with open('sub/b.bin', 'wb') as f:
    f.write(b'x' * 100)
print(sorted(posix.listdir()), sorted(posix.listdir('sub')), sorted(posix.listdir(b'sub')))
print(posix.stat('sub').st_mode & S_IFMT == S_IFDIR)

posix.symlink('a.txt', 'link')
print(posix.readlink('link'), posix.readlink(b'link'), posix.lstat('link').st_mode & S_IFMT == S_IFLNK)
print(posix.stat('link').st_size, posix.stat('link', follow_symlinks=False).st_mode & S_IFMT == S_IFLNK)
posix.link('a.txt', 'hard')
print(posix.stat('a.txt').st_nlink, posix.stat('hard').st_ino == posix.stat('a.txt').st_ino)

with posix.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False),
          e.inode() == posix.lstat(e.name).st_ino, e.stat().st_size == posix.stat(e.name).st_size)
print([e.path for e in sorted(posix.scandir('sub'), key=lambda e: e.name)])
print([e.path for e in sorted(posix.scandir(b'sub/'), key=lambda e: e.name)])
print(posix.fspath(entries[0]))

posix.chmod('a.txt', 0o600)
print(oct(posix.stat('a.txt').st_mode & 0o7777))
print(posix.access('a.txt', posix.F_OK), posix.access('a.txt', posix.R_OK | posix.W_OK), posix.access('nope', posix.F_OK))
posix.utime('a.txt', (1000000000, 1500000000))
st = posix.stat('a.txt')
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
posix.utime('a.txt', ns=(5 * 10**9 + 123, 7 * 10**9 + 456))
print(posix.stat('a.txt').st_mtime_ns, posix.stat('a.txt').st_atime_ns)
err(lambda: posix.utime('a.txt', (1, 2), ns=(3, 4)))
err(posix.utime, 'a.txt', 5)
posix.truncate('a.txt', 4)
print(posix.stat('a.txt').st_size)
posix.truncate('a.txt', 10)
with open('a.txt', 'rb') as f:
    print(f.read())

posix.rename('a.txt', 'c.txt')
posix.replace('c.txt', 'sub/b.bin')
print(sorted(posix.listdir()), sorted(posix.listdir('sub')))
err(posix.rename, 'missing', 'other')
err(posix.remove, 'missing')
err(posix.remove, 'sub')
err(posix.rmdir, 'sub')
err(posix.rmdir, 'hard')
err(posix.mkdir, 'sub')
err(posix.listdir, 'hard')
err(posix.chdir, 'missing')
err(posix.chdir, 'hard')
err(posix.readlink, 'hard')
err(posix.stat, '')
err(posix.stat, 'missing')
err(posix.stat, b'missing')
err(posix.lstat, 1)
err(posix.stat, 1.5)
err(posix.listdir, 2.5)
err(posix.mkdir, None)
err(posix.stat, 'a\0b')
err(posix.symlink, 'x', 'sub')
err(posix.link, 'missing', 'x')
err(posix.truncate, 'missing', 0)
err(posix.chmod, 'missing', 0o644)

for name in ['hard', 'link', 'sub/b.bin']:
    posix.unlink(name)
posix.rmdir('sub/deeper')
posix.rmdir('sub')
print(posix.listdir())
posix.chdir('..')
posix.rmdir(top)
print(posix.getcwd() == top.rsplit('/', 1)[0], posix.access(top, posix.F_OK))
