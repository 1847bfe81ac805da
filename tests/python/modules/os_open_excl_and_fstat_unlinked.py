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
shutil.rmtree(d)
