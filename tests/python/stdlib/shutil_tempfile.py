# tempfile, shutil and glob through the real standard library
import os, shutil, tempfile, glob

with tempfile.TemporaryDirectory(prefix='taipan-') as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('taipan-'))
    os.makedirs(os.path.join(d, 'src', 'sub'))
    for name in ['src/a.txt', 'src/b.py', 'src/sub/c.txt']:
        with open(os.path.join(d, name), 'w') as f:
            f.write(name * 3)
    shutil.copy(os.path.join(d, 'src', 'a.txt'), os.path.join(d, 'copy.txt'))
    shutil.copy2(os.path.join(d, 'src', 'a.txt'), os.path.join(d, 'copy2.txt'))
    shutil.copytree(os.path.join(d, 'src'), os.path.join(d, 'tree'))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, '**', '*.txt'), recursive=True)))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, 'src', '*.py'))), glob.escape('a[b]'))
    shutil.move(os.path.join(d, 'copy.txt'), os.path.join(d, 'moved.txt'))
    print(sorted(os.listdir(d)))
    print(os.stat(os.path.join(d, 'copy2.txt')).st_mtime == os.stat(os.path.join(d, 'src', 'a.txt')).st_mtime)
    shutil.rmtree(os.path.join(d, 'tree'))
    print(os.path.exists(os.path.join(d, 'tree')), shutil.which('sh') is not None, shutil.disk_usage(d).total > 0)
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.tmp', delete=False) as nf:
        nf.write('named')
    print(nf.name.endswith('.tmp'), open(nf.name).read())
    fd, path = tempfile.mkstemp(dir=d)
    os.write(fd, b'raw')
    os.close(fd)
    print(open(path, 'rb').read(), os.path.dirname(path) == d)
with tempfile.TemporaryFile() as tf:
    tf.write(b'abc')
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10) as sf:
    sf.write(b'x' * 5)
    sf.seek(0)
    print(sf.read())
print(os.path.exists(d), shutil.get_terminal_size((80, 24)).columns > 0)
