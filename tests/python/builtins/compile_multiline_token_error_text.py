# A parser error inside a string token that spans lines, in 'exec' input: CPython takes the
# SyntaxError's text from line `lineno` of the file the filename names when there is one
# (_PyPegen_raise_error_known_location), and from the token's own lines when there is not.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'fs_mod.py')
sources = ['foo = f"""{}\nfoo"""\n', 'x = 1\ny = f"""a\n  b {!r}\n c"""\n', 'z = f"""\n{a b}"""\n']
for src in sources:
    with open(path, 'w') as f:
        f.write(src)
    for name in [path, os.path.join(d, 'missing.py'), '<string>']:
        try:
            compile(src, name, 'exec')
        except SyntaxError as e:
            print(repr(e.text), e.lineno, e.offset, e.msg)
    p = subprocess.run([sys.executable, path], capture_output=True)
    print(p.returncode, p.stderr.decode().replace(d, 'D').splitlines()[-3:])
os.remove(path)
os.rmdir(d)
