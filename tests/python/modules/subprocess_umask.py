# A child process starts with the interpreter's file mode creation mask (os.umask), or with
# subprocess's umask argument; os.system and os.spawn* children too. The interpreter's own mask
# is the process's at start and is unchanged by a child's.
import os
import subprocess
import sys
import tempfile

with open("/proc/self/status") as f:
    process = [l for l in f if l.startswith("Umask:")]
start = os.umask(0o077)
print("start is the process's", process == ["Umask:\t%04o\n" % start])
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
