# Under -X dev, files still open when the program ends give CPython's "sys:1: ResourceWarning:
# unclosed file <repr>", oldest first (under -W error, "Exception ignored in: <FileIO>" and the
# warning); closed ones and the standard streams give none.
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt')
with open(path, 'w') as f:
    f.write('x\n')
child = '''
import sys
a = open(sys.argv[1])
b = open(sys.argv[1], 'rb')
c = open(sys.argv[1], 'a', encoding='latin-1')
closed = open(sys.argv[1])
closed.close()
print('child done')
'''
for opts in (['-X', 'dev'], ['-W', 'default'], ['-W', 'error'], []):
    r = subprocess.run([sys.executable] + opts + ['-c', child, path], capture_output=True, text=True)
    print(opts, r.returncode, r.stdout.strip())
    print(r.stderr.replace(d, '{d}'))
os.remove(path)
os.rmdir(d)
