# In development mode an error raised by close() while IOBase.__del__ closes a collected object
# is reported as unraisable, naming the object (iobase_finalize); outside it, it is silenced.
import gc
import io
import subprocess
import sys

program = """
import gc, io, sys
def hook(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)
sys.unraisablehook = hook
class B(io.BytesIO):
    def close(self):
        raise OSError('boom')
b = B()
del b
gc.collect()
print('after')
"""
for flags in ([], ['-X', 'dev']):
    out = subprocess.run([sys.executable] + flags + ['-c', program], capture_output=True, text=True)
    print(flags, out.stdout.strip().splitlines(), out.returncode)
