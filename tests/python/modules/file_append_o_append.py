# Appending files: writes land at the end of the file in the kernel (O_APPEND), so two processes
# appending to one log lose no line, and the descriptor's offset is the real one (tell, lseek).
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "wb") as f:
    f.write(b"abc")

with open(p, "ab", buffering=0) as f:
    print("open", f.tell())
    f.write(b"de")
    print("after write", f.tell())
    print("seek", f.seek(0), f.tell())
    f.write(b"x")
    print("write after seek", f.tell(), os.lseek(f.fileno(), 0, os.SEEK_CUR))
    f.seek(1)
    os.write(f.fileno(), b"Q")
    print("os.write", f.tell())

with open(p, "a+") as f:
    print("a+ open", f.tell())
    f.seek(0)
    print("a+ read", repr(f.read()))
    f.seek(2)
    f.write("zz")
    f.flush()
    print("a+ tell", f.tell())
    f.seek(0)
    print("a+ read again", repr(f.read()))

fd = os.open(p, os.O_WRONLY | os.O_APPEND)
print("os.open offset", os.lseek(fd, 0, os.SEEK_CUR))
os.write(fd, b"E")
print("os.write offset", os.lseek(fd, 0, os.SEEK_CUR))
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b"F")
print("after seek", os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)

fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b"G")
os.lseek(fd, 0, os.SEEK_SET)
print("O_RDWR|O_APPEND", os.read(fd, 100))
os.close(fd)

with open(p, "rb") as f:
    print(f.read())

# Two processes appending line by line, each reopening the file for every line.
log = os.path.join(d, "log")
child = (
    "import sys\n"
    "for i in range(150):\n"
    "    with open(sys.argv[1], 'a') as f:\n"
    "        f.write(sys.argv[2] + str(i) + '\\n')\n"
)
procs = [subprocess.Popen([sys.executable, "-c", child, log, tag]) for tag in "AB"]
for proc in procs:
    proc.wait()
with open(log) as f:
    lines = f.read().splitlines()
print(len(lines), sorted(lines) == sorted([t + str(i) for t in "AB" for i in range(150)]))
