# A buffered reader over a non-blocking pipe with nothing ready answers None (as its raw stream
# does), not b'' (which would mean the pipe was closed); data that arrives is read as usual.
import os

r, w = os.pipe()
os.set_blocking(r, False)
f = open(r, "rb", closefd=False)
print(f.read(10), f.readinto(bytearray(3)), f.read1(5), f.peek(3))
os.write(w, b"abc")
print(f.read(10))
print(f.read(), f.read(1))
os.write(w, b"defgh")
print(f.read(2), f.read(10), f.read(10))
os.close(w)
print(f.read(10), f.read())
f.close()
os.close(r)
