# File names and arguments that are not UTF-8 (PEP 383): the kernel's bytes reach Python as str
# with each undecodable byte escaped to a lone surrogate (os.fsdecode), and go back unchanged
# through open, os.stat, os.listdir/scandir/walk, glob, rename, symlink/readlink, chdir/getcwd,
# the import system, a child's sys.argv and working directory, and the name of a script.
import os, sys, tempfile, glob, shutil, subprocess
d = tempfile.mkdtemp()
try:
    raw = os.path.join(os.fsencode(d), b'caf\xe9')
    with open(raw, 'wb') as f:
        f.write(b'latin')
    name = os.fsdecode(raw)
    print(ascii(os.path.basename(name)))
    print(sorted(ascii(n) for n in os.listdir(d)), os.listdir(os.fsencode(d)))
    print([ascii(e.name) for e in os.scandir(d)], [e.name for e in os.scandir(os.fsencode(d))])
    print(open(name).read(), open(raw, 'rb').read(), os.stat(name).st_size, os.path.exists(name), os.path.isfile(raw))
    os.rename(name, name + '\udcff')
    print(sorted(ascii(n) for n in os.listdir(d)))
    sub = os.path.join(d, 'dir\udce9')
    os.mkdir(sub)
    os.symlink(name + '\udcff', os.path.join(sub, 'link\udcfe'))
    print(ascii(os.readlink(os.path.join(sub, 'link\udcfe'))[len(d):]), os.readlink(os.fsencode(os.path.join(sub, 'link\udcfe')))[len(d):])
    for root, dirs, files in os.walk(d):
        print(ascii(root[len(d):]), [ascii(x) for x in sorted(dirs)], [ascii(x) for x in sorted(files)])
    print(sorted(ascii(p[len(d):]) for p in glob.glob(os.path.join(d, '*'))))
    old = os.getcwd()
    os.chdir(sub)
    print(ascii(os.getcwd()[len(d):]), os.getcwdb()[len(d):])
    print(open('link\udcfe').read())
    os.chdir(old)
    print(ascii(os.path.realpath(os.path.join(sub, 'link\udcfe'))[len(os.path.realpath(d)):]))
    out = subprocess.run([sys.executable, '-c', 'import sys, os; print(ascii(sys.argv[1:]), ascii(os.getcwd()[-4:]))', 'x\udcff', 'caf\xe9'], cwd=sub, capture_output=True)
    print(out.stdout, out.stderr)
    script = os.path.join(sub, 's\udcfa.py')
    with open(script, 'w') as f:
        f.write('import sys\nprint(ascii(__file__[-5:]), ascii(sys.argv[0][-5:]))\n')
    out = subprocess.run([sys.executable, script], capture_output=True)
    print(out.stdout, out.stderr)
    out = subprocess.run([sys.executable, os.path.join(sub, 'missing\udcfa.py')], capture_output=True)
    print(out.returncode, out.stderr.replace(os.fsencode(d), b'D').split(b': ', 1)[1])
    pkgdir = os.path.join(d, 'pkg\udce9')
    os.mkdir(pkgdir)
    with open(os.path.join(pkgdir, 'modx.py'), 'w') as f:
        f.write('X = 5\n')
    with open(os.path.join(pkgdir, 'main.py'), 'w') as f:
        f.write('import modx, sys\nprint(modx.X, ascii(modx.__file__[-12:]), ascii(sys.path[0][-4:]))\n'
                'raise ValueError(1)\n')
    out = subprocess.run([sys.executable, os.path.join(pkgdir, 'main.py')], capture_output=True)
    print(out.returncode, out.stdout, out.stderr.replace(os.fsencode(d), b'D'))
    sys.path.insert(0, pkgdir)
    import modx
    print(modx.X, ascii(modx.__file__[len(d):]))
    sys.path.remove(pkgdir)
    with open(os.path.join(pkgdir, 'rel.py'), 'w') as f:
        f.write('import modx\nprint("rel", modx.X)\n')
    for args in (['rel.py'], ['./rel.py'], ['-c', 'import modx; print("c", modx.X)']):
        out = subprocess.run([sys.executable] + args, cwd=pkgdir, capture_output=True)
        print(out.returncode, out.stdout, out.stderr)
    env = dict(os.environ, PYTHONPATH=pkgdir)
    out = subprocess.run([sys.executable, '-c', 'import modx; print("pythonpath", modx.X)'], env=env, capture_output=True)
    print(out.returncode, out.stdout, out.stderr)
    out = subprocess.run([sys.executable, '-c', 'print(1)#\udced\udca0\udc80'], capture_output=True)
    print(out.returncode, out.stdout, out.stderr)
    out = subprocess.run([sys.executable, '-c', 'print(1)#\udcff'], capture_output=True)
    print(out.returncode, out.stdout, out.stderr)
    try:
        open(os.path.join(d, '\ud800'))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    os.remove(name + '\udcff')
    shutil.rmtree(d)
    print(os.path.exists(d))
finally:
    shutil.rmtree(d, ignore_errors=True)
