# Bytecode without source: a .pyc where no .py is (a module, a package's __init__.pyc) imports
# through importlib's SourcelessFileLoader, a .py beside its .pyc still wins, and a .pyc run as the
# program (by its name or by its magic number) runs its code in __main__; bad magic numbers and
# bad code objects give CPython's errors. Each runtime reads the .pyc files it wrote itself.
import os, sys, subprocess, py_compile, tempfile, shutil, importlib
d = tempfile.mkdtemp()
try:
    os.chdir(d)
    os.mkdir('pkg')
    files = {
        'm.py': 'X = 7\nprint("in m", __name__, __file__ == __cached__, __spec__.cached == __file__, type(__loader__).__name__)\n',
        'pkg/__init__.py': 'print("pkg", __path__ == [os.path.dirname(__file__)], __file__.endswith("__init__.pyc"))\nimport os\n',
        'pkg/sub.py': 'Y = 1\n',
        'both.py': 'WHICH = "source"\n',
        'sc.py': 'import sys\nprint(__file__.endswith("sc.pyc"), sys.argv[1:], type(__loader__).__name__, __spec__, __cached__, sys.path[0] == os.getcwd())\nimport os\nraise ValueError(2)\n',
    }
    for name, text in files.items():
        with open(name, 'w') as f:
            f.write(text.replace('import os\n', '') if name == 'pkg/__init__.py' else text)
    with open('pkg/__init__.py', 'w') as f:
        f.write('import os\n' + files['pkg/__init__.py'].replace('import os\n', ''))
    with open('sc.py', 'w') as f:
        f.write('import os\n' + files['sc.py'].replace('import os\n', ''))
    for name in ['m.py', 'pkg/__init__.py', 'pkg/sub.py', 'sc.py', 'both.py']:
        py_compile.compile(name, cfile=name + 'c')
        if name != 'both.py':
            os.remove(name)
    with open('both.pyc', 'rb') as f:
        data = f.read()
    with open('both.py', 'w') as f:
        f.write('WHICH = "source, newer"\n')
    sys.path.insert(0, d)
    importlib.invalidate_caches()
    import m, pkg, pkg.sub, both
    print(m.X, pkg.sub.Y, type(pkg.sub.__loader__).__name__, both.WHICH)
    with open('bad.pyc', 'wb') as f:
        f.write(b'\x00\x01\r\n' + bytes(12) + b'xx')
    try:
        import bad
    except ImportError as e:
        print('ImportError', e)

    def run(*args):
        p = subprocess.run([sys.executable] + list(args), capture_output=True)
        print(p.returncode, p.stdout, p.stderr)

    run('sc.pyc', 'a', 'b')
    shutil.copy('sc.pyc', 'noext')
    run('noext')
    with open('trunc.pyc', 'wb') as f:
        f.write(data[:17])
    run('trunc.pyc')
    run('bad.pyc')
    with open('short.pyc', 'wb') as f:
        f.write(data[:8])
    run('short.pyc')
    with open('bad2.pyc', 'wb') as f:
        f.write(data[:16] + b'garbage')
    run('bad2.pyc')
    run('-c', 'import sys; sys.path.insert(0, "."); import m')
    os.mkdir('app')
    with open('app/__main__.py', 'w') as f:
        f.write('import sys\nprint("main", __name__, __file__.endswith("__main__.pyc"), '
                'type(__loader__).__name__, sys.argv[1:])\n')
    py_compile.compile('app/__main__.py', cfile='app/__main__.pyc')
    os.remove('app/__main__.py')
    run('app', 'x')
    os.mkdir('broken')
    with open('broken/__main__.pyc', 'wb') as f:
        f.write(b'garbage')
    p = subprocess.run([sys.executable, 'broken'], capture_output=True)
    print(p.returncode, p.stderr.split(b': ', 1)[1].replace(os.fsencode(d), b'D'))
finally:
    os.chdir('/')
    shutil.rmtree(d)
