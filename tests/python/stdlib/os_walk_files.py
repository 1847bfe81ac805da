# os and os.path over a fresh directory tree: makedirs, walk, listdir, stat, rename, remove, environ
import os, os.path, stat

top = os.path.join('/tmp', 'taipan-os-' + os.urandom(6).hex())
os.makedirs(os.path.join(top, 'a', 'b', 'c'))
os.makedirs(os.path.join(top, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(top, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, os.path.basename(e.filename))
for name, data in [('a/one.txt', 'one'), ('a/b/two.txt', 'two!'), ('top.txt', '')]:
    with open(os.path.join(top, name), 'w') as f:
        f.write(data)
for root, dirs, files in os.walk(top):
    dirs.sort()
    print(os.path.relpath(root, top), dirs, sorted(files))
for root, dirs, files in os.walk(top, topdown=False):
    print('up', os.path.relpath(root, top))
print(sorted(os.listdir(top)), os.path.getsize(os.path.join(top, 'a', 'b', 'two.txt')))
os.chdir(top)
print(os.getcwd() == top, os.path.abspath('x') == os.path.join(top, 'x'), os.path.realpath('a/..') == top)
print(os.path.exists('a'), os.path.isdir('a'), os.path.isfile('a/one.txt'), os.path.islink('a'), os.path.exists('zz'))
st = os.stat('a/one.txt')
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('a').st_mode), stat.filemode(st.st_mode)[0], st.st_size)
os.symlink('a/one.txt', 'ln')
print(os.path.islink('ln'), os.readlink('ln'), os.path.realpath('ln') == os.path.join(top, 'a', 'one.txt'))
print(os.path.samefile('ln', 'a/one.txt'), os.path.lexists('ln'))
os.rename('top.txt', 'a/moved.txt')
os.replace('a/moved.txt', 'a/b/moved.txt')
print(sorted(os.listdir('a/b')))
with os.scandir('a') as it:
    print(sorted((e.name, e.is_dir()) for e in it))
os.environ['TAIPAN_OS_TEST'] = 'value'
print(os.environ['TAIPAN_OS_TEST'], os.getenv('TAIPAN_OS_TEST'), 'TAIPAN_OS_TEST' in os.environ,
      os.environb[b'TAIPAN_OS_TEST'])
del os.environ['TAIPAN_OS_TEST']
print(os.getenv('TAIPAN_OS_TEST', 'gone'), os.fsencode('x'), os.fsdecode(b'y'), os.fspath('p'))
print(os.path.join('a', 'b', 'c'), os.path.split('/x/y/z.txt'), os.path.splitext('f.tar.gz'),
      os.path.normpath('a//b/../c/.'), os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.basename('/q/r'))
os.remove('ln')
os.unlink('a/one.txt')
os.removedirs('a/b/c')
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.chdir('/')
os.rmdir(top)
print(os.path.exists(top), os.sep, os.curdir, os.pardir, os.linesep == '\n', os.name)
