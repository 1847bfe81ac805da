# O_CREAT|O_EXCL fails with EEXIST for whatever the name holds, a directory or a dangling link
# too (tempfile.mkstemp retries only on FileExistsError); os.fstat and os.stat(fd) describe the
# open file itself, also after its name was unlinked (TemporaryFile) or given to another file.
import os, tempfile, shutil
d = tempfile.mkdtemp()
p = os.path.join(d, 'x')
os.mkdir(p)
for fl in [os.O_CREAT | os.O_EXCL | os.O_RDWR, os.O_CREAT | os.O_EXCL | os.O_RDONLY]:
    try: os.open(p, fl)
    except OSError as e: print(type(e).__name__, e.errno)
os.symlink(os.path.join(d, 'nowhere'), os.path.join(d, 'dangling'))
try: os.open(os.path.join(d, 'dangling'), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except OSError as e: print(type(e).__name__, e.errno)
f = tempfile.TemporaryFile()
f.write(b'abc'); f.flush()
print(os.fstat(f.fileno()).st_size, os.path.exists(f.fileno()))
g = open(os.path.join(d, 'a'), 'w'); g.write('12345'); g.flush()
with open(os.path.join(d, 'b'), 'w') as h: h.write('1')
os.rename(os.path.join(d, 'b'), os.path.join(d, 'a'))
print(os.fstat(g.fileno()).st_size, os.stat(os.path.join(d, 'a')).st_size)
g.close(); f.close()
# the descriptor calls work on the open file too: fchmod, utime(fd) after a rename-over or an unlink
os.chdir(d)
open('a','w').close(); open('b','w').close(); os.chmod('a',0o644); os.chmod('b',0o644)
fd = os.open('a', os.O_RDWR); os.rename('b','a'); os.fchmod(fd, 0o600)
print(oct(os.fstat(fd).st_mode & 0o777), oct(os.stat('a').st_mode & 0o777))
os.utime(fd, (5, 5)); print(os.fstat(fd).st_mtime, os.stat('a').st_mtime == 5)
os.close(fd)
fd = os.open('a', os.O_RDWR); os.unlink('a'); os.fchmod(fd, 0o640); print(oct(os.fstat(fd).st_mode & 0o777)); os.close(fd)
# a directory opened with O_CREAT is EISDIR, with mode 'x' (O_EXCL) EEXIST
try: os.open(p, os.O_CREAT | os.O_RDONLY)
except OSError as e: print(type(e).__name__, e.errno)
try: open(p, 'x')
except OSError as e: print(type(e).__name__, e.errno)
os.chdir('/')
shutil.rmtree(d)
