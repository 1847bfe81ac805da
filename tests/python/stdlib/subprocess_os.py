# os functions under subprocess: pipe, waitpid and the status macros, system, popen, select over pipes.
import os
import select
import subprocess

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.set_inheritable(w, False)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(p.poll(0))
os.write(w, b"data")
print(sorted(p.poll(0)))
print(select.select([r], [w], [], 0))
print(os.read(r, 100))
print(select.select([r], [], [], 0.01))
os.close(w)
print(dict(p.poll(0))[w])
p.unregister(w)
print(p.poll(), os.read(r, 10))
try:
    p.unregister(w)
except KeyError as e:
    print(type(e).__name__, e)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)
for bad in ["x", -1, 3.5]:
    try:
        select.select([bad], [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(type(e).__name__, e)

status = os.system("exit 3")
print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
status = os.system("kill -9 $$")
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
with os.popen("echo from popen; echo second") as f:
    print(f.readlines())
f = os.popen("exit 6")
print(f.read(), f.close())

proc = subprocess.Popen(["sh", "-c", "exit 9"])
pid, status = os.waitpid(proc.pid, 0)
print(pid == proc.pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
try:
    os.waitpid(proc.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
proc = subprocess.Popen(["sh", "-c", "exec sleep 30"])
print(os.waitpid(proc.pid, os.WNOHANG))
os.kill(proc.pid, 9)
print(os.waitstatus_to_exitcode(os.waitpid(proc.pid, 0)[1]))
proc.returncode = -9

# a child inherits the descriptors given as pass_fds
r, w = os.pipe()
subprocess.run(["sh", "-c", "echo passed >&%d" % w], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
