# A program whose standard streams are files (python prog.py < in > out, 2>> log): sys.stdin,
# sys.stdout and sys.stderr can seek and tell, as the descriptors can (os.lseek), reading the
# program from stdin leaves it at its end, and a pipe or /dev/null behind them answers as CPython's.
import os, subprocess, sys, tempfile

CHILD = r'''
import os, sys
print("stdin", sys.stdin.seekable(), sys.stdin.buffer.raw.seekable(), os.isatty(0))
first = sys.stdin.readline()
print("first", repr(first), sys.stdin.tell(), os.lseek(0, 0, os.SEEK_CUR))
sys.stdin.seek(0)
print("again", repr(sys.stdin.read()))
print("size", os.fstat(0).st_size)
print("stdout", sys.stdout.seekable(), sys.stdout.tell())
sys.stdout.flush()
print("after flush", os.lseek(1, 0, os.SEEK_CUR))
sys.stderr.write("err seekable %s\n" % sys.stderr.seekable())
'''

with tempfile.TemporaryDirectory() as d:
    prog = os.path.join(d, "child.py")
    with open(prog, "w") as f:
        f.write(CHILD)
    data = os.path.join(d, "in.txt")
    with open(data, "w") as f:
        f.write("one\ntwo\nthree\n")
    out = os.path.join(d, "out.txt")
    log = os.path.join(d, "log.txt")
    with open(log, "w") as f:
        f.write("log started\n")
    with open(data, "rb") as i, open(out, "wb") as o, open(log, "ab") as e:
        rc = subprocess.run([sys.executable, prog], stdin=i, stdout=o, stderr=e).returncode
    print("rc", rc)
    with open(out) as f:
        print(f.read(), end="")
    with open(log) as f:
        print(f.read(), end="")

    # the program read from stdin: stdin stays open at its end
    with open(prog, "w") as f:
        f.write("import os, sys\nprint(sys.stdin.seekable(), repr(sys.stdin.read()), os.lseek(0, 0, 1) == os.fstat(0).st_size)\n")
    with open(prog, "rb") as i:
        print(subprocess.run([sys.executable, "-"], stdin=i, capture_output=True).stdout.decode(), end="")

    # pipes and /dev/null
    code = "import sys; print(sys.stdin.seekable(), sys.stdout.seekable()); sys.stdout.flush(); sys.stderr.write(str(sys.stdout.tell()))"
    r = subprocess.run([sys.executable, "-c", code], input=b"", capture_output=True)
    print("pipes", r.stdout.decode().strip(), r.stderr.decode().strip().splitlines()[-1])
    r = subprocess.run([sys.executable, "-c", code], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    print("devnull", r.stderr.decode())
