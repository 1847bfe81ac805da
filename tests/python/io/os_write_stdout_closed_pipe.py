# os.write(1, ...) when the reader of stdout's pipe has gone: BrokenPipeError, as print's flush
# gives (the write into the standard stream's PrintStream kept the error to itself); asyncio's
# subprocess tests wait for the child to report it.
import subprocess, sys

CHILD = r'''
import os, sys, time
time.sleep(0.5)
for what, write in (("os.write", lambda: os.write(1, b"x")), ("print", lambda: print("y", flush=True)),
                    ("buffer", lambda: (sys.stdout.buffer.write(b"z"), sys.stdout.buffer.flush()))):
    try:
        write()
        os.write(2, b"%s: no error\n" % what.encode())
    except OSError as e:
        os.write(2, b"%s: %s %d\n" % (what.encode(), type(e).__name__.encode(), e.errno))
'''
p = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
p.stdout.close()
err = p.communicate()[1].decode()
print(err.splitlines()[:3])
