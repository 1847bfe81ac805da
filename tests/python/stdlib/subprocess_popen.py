# subprocess.Popen with pipes: communicate, stdin/stdout/stderr PIPE, STDOUT, shell, cwd, env, timeout.
import os
import subprocess
import sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b"line\n" * 3))
print(p.returncode, p.poll(), p.wait())

# several pipes and a large input: communicate() goes through selectors
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
out, err = p.communicate("x" * 200000, timeout=60)
print(len(out), repr(err), p.returncode)

p = subprocess.Popen(["sh", "-c", "echo one; echo two >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.stdout.read().split()), p.wait())
p.stdout.close()

# reading and writing the pipe objects directly
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("first\nsecond\n")
p.stdin.close()
print([line for line in p.stdout])
p.stdout.close()
print(p.wait())

with subprocess.Popen(["echo", "with"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)

# shell=True, cwd=, env=
print(subprocess.run("echo $0 | tr a-z A-Z; exit 4", shell=True, capture_output=True))
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
env = {"PATH": os.environ.get("PATH", "/bin:/usr/bin"), "GREETING": "hello env"}
print(subprocess.run(["sh", "-c", "echo $GREETING; echo ${HOME-unset}"], env=env, capture_output=True, text=True).stdout)
os.environ["TAIPAN_SUBPROCESS_TEST"] = "inherited"
print(subprocess.run("echo $TAIPAN_SUBPROCESS_TEST", shell=True, capture_output=True, text=True).stdout)

# timeout: TimeoutExpired, then the child is killed and reaped
try:
    subprocess.run(["sh", "-c", "exec sleep 30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
p = subprocess.Popen(["sh", "-c", "exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "exec sleep 30"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__)
p.terminate()
print(p.wait())
# SIGUSR1, not SIGINT: a suite started as a background job passes SIGINT down ignored.
p = subprocess.Popen(["sh", "-c", "exec sleep 30"])
p.send_signal(10)
print(p.wait())

# the interpreter itself as a child
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:]); sys.exit(5)", "x", "y"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout)
