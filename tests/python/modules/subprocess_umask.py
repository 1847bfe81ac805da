# A child process starts with the interpreter's file mode creation mask (os.umask), or with
# subprocess's umask argument; os.system and os.spawn* children too. The interpreter's own mask
# is the process's at start and is unchanged by a child's.
import os
import subprocess
import sys
import tempfile

# checked in a child interpreter, which owns its process: in a process several interpreters share
# (an embedding, the test harness), another's spawn may be setting the process's mask for a child
START = ('with open("/proc/self/status") as f:\n'
         '    process = [l for l in f if l.startswith("Umask:")]\n'
         'import os\n'
         'print(process == ["Umask:\\t%04o\\n" % os.umask(0)])\n')
print("start is the process's", subprocess.run([sys.executable, "-c", START], capture_output=True,
                                               text=True).stdout.strip())
start = os.umask(0o077)
with tempfile.TemporaryDirectory() as d:
    def made(name):
        return oct(os.stat(os.path.join(d, name)).st_mode & 0o777)

    subprocess.run(["touch", os.path.join(d, "inherited")])
    print("os.umask(0o077) child:", made("inherited"))
    subprocess.run(["touch", os.path.join(d, "given")], umask=0o027)
    print("umask=0o027 child:", made("given"))
    out = subprocess.run(["sh", "-c", "umask"], capture_output=True, text=True, umask=0o002).stdout
    print("sh sees", out.strip())
    os.system("touch " + os.path.join(d, "system"))
    print("os.system child:", made("system"))
    os.spawnvp(os.P_WAIT, "touch", ["touch", os.path.join(d, "spawned")])
    print("os.spawnvp child:", made("spawned"))
    with open(os.path.join(d, "own"), "w"):
        pass
    print("own file:", made("own"))
    code = "import os; print(oct(os.umask(0)))"
    print("child interpreter's umask:", subprocess.run([sys.executable, "-c", code], capture_output=True,
                                                       text=True).stdout.strip())
print("mask kept", oct(os.umask(start)))

# A child's umask is the child's alone: files, FIFOs and socket files the program makes while
# other threads start children with umask=0 keep the program's mask.
import collections
import socket
import stat
import threading

stop = False


def spawner():
    while not stop:
        subprocess.run(["true"], umask=0)


os.umask(0o022)
threads = [threading.Thread(target=spawner) for _ in range(2)]
for t in threads:
    t.start()
modes = collections.Counter()
with tempfile.TemporaryDirectory() as d:
    for i in range(150):
        p = os.path.join(d, "n%d" % i)
        if i % 3 == 0:
            open(p, "w").close()
        elif i % 3 == 1:
            os.mkfifo(p)
        else:
            with socket.socket(socket.AF_UNIX) as s:
                s.bind(p)
        modes[stat.filemode(os.stat(p).st_mode)] += 1
stop = True
for t in threads:
    t.join()
print("made beside umask=0 children:", sorted(modes.items()))
