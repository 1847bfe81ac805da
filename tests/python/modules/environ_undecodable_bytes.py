# Environment variables that are not UTF-8 reach os.environ as CPython decodes them (UTF-8 with
# surrogateescape: b'\xff' is '\udcff'), os.environb keeps the bytes, and a child started from
# this process inherits the same bytes. (The order is not compared: Taipan's launcher is a shell
# script, and the shell passes its environment on in an order of its own.)
import os
import subprocess
import sys

probe = ("import os, sys\n"
         "print(repr(os.environ.get('TAIPAN_T1')), repr(os.environb.get(b'TAIPAN_T1')))\n"
         "print(repr(os.environ.get('TAIPAN_T2')), repr(os.environ.get('TAIPAN_T3')))\n"
         "print(sorted(k for k in os.environ if k.startswith('TAIPAN_T')))\n"
         "if len(sys.argv) > 1:\n"
         "    import subprocess\n"
         "    sys.stdout.flush()\n"
         "    subprocess.run([sys.executable, '-c', 'import os; print(repr(os.environb.get(b\"TAIPAN_T1\")))'])\n")
env = {b'TAIPAN_T3': b'plain', b'TAIPAN_T1': b'caf\xe9 \xff', b'TAIPAN_T2': 'ünï'.encode('utf-8'),
       b'PATH': os.environb.get(b'PATH', b'/usr/bin:/bin')}
for k in (b'HOME', b'JAVA_HOME', b'TAIPAN_HOME', b'PYTHONPATH', b'TMPDIR'):
    if k in os.environb:
        env[k] = os.environb[k]
out = subprocess.run([sys.executable, '-c', probe, 'nested'], env=env, capture_output=True)
print(out.stdout.decode('ascii', 'backslashreplace'), out.returncode)
print(out.stderr.decode('utf-8', 'replace')[-500:])
os.environ['TAIPAN_T4'] = 'x\udcfey'
print(repr(os.environb[b'TAIPAN_T4']))
out = subprocess.run([sys.executable, '-c', "import os; print(repr(os.environb[b'TAIPAN_T4']))"], capture_output=True)
print(out.stdout.decode('ascii'), out.returncode)
