# What a buffered write to a pipe nobody reads leaves behind, and what exit does with it:
# open() and the standard streams buffer _blksize bytes (st_blksize), so a text chunk larger
# than that goes straight to the pipe and is lost with the BrokenPipeError, leaving nothing for
# the next flush; a flush of sys.stdout that fails at exit is reported as an unraisable
# exception and makes the exit status 120 (Py_FinalizeEx failing in Py_RunMain).
import os
import subprocess
import sys

r, w = os.pipe()
os.close(r)
f = open(w, 'w')
print(f.buffer.raw._blksize)
for i in range(100000):
    try:
        print(i, file=f)
    except BrokenPipeError:
        print('broke at', i)
        break
for k in range(2):
    try:
        f.flush()
        print('flush ok')
    except OSError as e:
        print('flush', e)
try:
    f.close()
except OSError as e:
    print('close', e)


def run(code, **kw):
    p = subprocess.run([sys.executable, '-I', '-c', code], stderr=subprocess.PIPE, **kw)
    print(p.returncode, p.stderr.decode().replace('\r', ''))


r, w = os.pipe()
os.close(r)
run('for i in range(100000): print(i)', stdout=w)
run('import sys\nfor i in range(100000): print(i)\nsys.exit(4)', stdout=w)
os.close(w)
run('import os, sys\nsys.stdout.write("x")\nos.close(sys.stdout.fileno())', stdout=subprocess.PIPE)
run('import os, sys\nsys.stdout.write("x")\nos.close(sys.stdout.fileno())\nsys.exit(3)', stdout=subprocess.PIPE)
run('import sys\nsys.stdout.close()', stdout=subprocess.PIPE)
out = subprocess.run([sys.executable, '-I', '-c', 'import sys\nprint(sys.stdout.buffer.raw._blksize, sys.stdin.buffer.raw._blksize)'],
                     stdout=subprocess.PIPE, stdin=subprocess.PIPE).stdout
print(out)
