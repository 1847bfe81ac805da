# A buffered writer on a pipe nobody reads holds more than the pipe takes: a later open() of
# another file must not try to flush it (it would block for ever), and the data stays buffered.
import os

r, w = os.pipe()
f = os.fdopen(w, "wb", buffering=200000)
f.write(b"x" * 150000)
with open(__file__) as g:
    print(repr(g.read(10)))
print("after open")
os.close(r)
try:
    f.close()
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
