# A child started with close_fds=False gets the descriptors that are inheritable (PEP 446) and
# none of the others: os.pipe()'s ends and subprocess's own pipes are close-on-exec.
import os
import subprocess
import sys

LIST_FDS = r"""
import os, sys
wanted = [int(a) for a in sys.argv[1:]]
def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False
print(" ".join("open" if is_open(fd) else "closed" for fd in wanted))
"""

plain_r, plain_w = os.pipe()
shared_r, shared_w = os.pipe()
os.set_inheritable(shared_r, True)
print("inheritable:", os.get_inheritable(plain_r), os.get_inheritable(shared_r))

busy = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=False)
theirs = [busy.stdin.fileno(), busy.stdout.fileno(), busy.stderr.fileno()]
fds = [plain_r, plain_w, shared_r, shared_w] + theirs
for close_fds in (False, True):
    out = subprocess.run([sys.executable, "-c", LIST_FDS] + [str(fd) for fd in fds],
                         close_fds=close_fds, capture_output=True, check=True).stdout.decode().split()
    print("close_fds=%s:" % close_fds, dict(zip(["plain_r", "plain_w", "shared_r", "shared_w", "stdin", "stdout", "stderr"], out)))
out = subprocess.run([sys.executable, "-c", LIST_FDS, str(plain_w), str(shared_r)], pass_fds=[plain_w],
                     capture_output=True, check=True).stdout.decode().split()
print("pass_fds:", out)
busy.communicate(b"")

# what the child reads from an inherited pipe end is what the parent wrote
os.write(shared_w, b"through the inherited pipe\n")
os.close(shared_w)
print(subprocess.run([sys.executable, "-c", "import os, sys; print(os.read(int(sys.argv[1]), 100))", str(shared_r)],
                     close_fds=False, capture_output=True, check=True).stdout.decode().strip())

# each descriptor number has its own flag, also a duplicate of a socket's
import socket
s = socket.socket()
x = os.dup(s.fileno())
os.set_inheritable(x, True)
a, b = socket.socketpair()
a.set_inheritable(True)
high = os.dup2(a.fileno(), 40, inheritable=False)
print("flags:", os.get_inheritable(s.fileno()), os.get_inheritable(x), a.get_inheritable(), b.get_inheritable(), os.get_inheritable(40))
import fcntl
fcntl.fcntl(40, fcntl.F_SETFD, 0)
print("after F_SETFD 0:", os.get_inheritable(40), os.get_inheritable(a.fileno()), fcntl.fcntl(40, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(40, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
roles = {"socket": s.fileno(), "dup": x, "pair_a": a.fileno(), "pair_b": b.fileno(), "dup2_40": 40}
out = subprocess.run([sys.executable, "-c", LIST_FDS] + [str(fd) for fd in roles.values()],
                     close_fds=False, capture_output=True, check=True).stdout.decode().split()
print("sockets:", dict(zip(roles, out)))

# os.system and os.spawnv children get the same: the inheritable descriptors and no others
r2, w2 = os.pipe()
os.set_inheritable(r2, True)
dev = open(os.devnull)
os.set_inheritable(dev.fileno(), True)
plain = os.open(os.devnull, os.O_RDONLY)
wanted = [r2, w2, dev.fileno(), plain]
names = ["pipe_r_inheritable", "pipe_w", "file_inheritable", "plain_open"]
shell = ("for n in %s; do if [ -e /proc/$$/fd/$n ]; then printf 'open '; else printf 'closed '; fi; done; echo"
         % " ".join(map(str, wanted)))
sys.stdout.flush()
status = os.system("(" + shell + ") > " + os.devnull)
print("system status", status)
out_r, out_w = os.pipe()
saved = os.dup(1)
os.dup2(out_w, 1)
try:
    os.system(shell)
    os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", shell])
finally:
    os.dup2(saved, 1)
    os.close(out_w)
lines = os.read(out_r, 1000).decode().split("\n")
print("system:", dict(zip(names, lines[0].split())))
print("spawnv:", dict(zip(names, lines[1].split())))
