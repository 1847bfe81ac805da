# One SIGCHLD per child, as CPython's one forked child per subprocess gives (the PATH search
# started a child per directory tried, each a SIGCHLD and a wakeup byte); SIGINT under SIG_DFL
# kills at once (return code -2), and a handler set after it runs again; a program started with
# stdout closed runs as before.
import os, signal, subprocess, sys, time

# in a child of its own: process signals reach only a program run by the command line
SIGCHLD_COUNT = '''
import os, signal, subprocess, time
n = [0]
signal.signal(signal.SIGCHLD, lambda s, f: n.__setitem__(0, n[0] + 1))
r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
signal.set_wakeup_fd(w)
for i in range(3):
    subprocess.run(["true"])
    time.sleep(0.2)
signal.set_wakeup_fd(-1)
print("SIGCHLD handler ran", n[0] > 0, "wakeup bytes", list(os.read(r, 100)))
'''
print(subprocess.run([sys.executable, "-c", SIGCHLD_COUNT], capture_output=True, text=True).stdout, end="")
for args in (["no-such-program-here"], ["/no/such/dir/prog"], ["/etc/passwd"], ["true"]):
    try:
        print(args, subprocess.run(args).returncode)
    except OSError as e:
        print(args, type(e).__name__, e.errno, e.filename)

CHILD = '''
import signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
if len(sys.argv) > 1:
    signal.signal(signal.SIGINT, lambda s, f: print("handler", flush=True))
print("READY", flush=True); sys.stdin.read(); print("after read")
'''
for extra in ([], ["handler"]):
    p = subprocess.Popen([sys.executable, "-c", CHILD, *extra], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert p.stdout.readline() == b"READY\n"
    for i in range(3):
        p.send_signal(signal.SIGINT)
        time.sleep(0.2)
    out, _ = p.communicate(b"")
    # how many times the handler ran depends on how the signals fell (coalesced ones run it once)
    print(extra, p.returncode, b"handler" in out, out.endswith(b"after read\n"))

# stdout closed by the caller
r = subprocess.run(["sh", "-c", 'exec "$0" -c "import sys; print(1); sys.stderr.write(\\"ran\\\\n\\")" >&-', sys.executable],
                   capture_output=True)
print("stdout closed", r.returncode, r.stderr)

# a burst of SIGINTs under the default handler: KeyboardInterrupt's traceback and death by SIGINT,
# not the exit kept for a program stuck in Java code
# (set explicitly: a test run in the background starts its children with SIGINT ignored)
p = subprocess.Popen([sys.executable, "-c", "import signal, sys\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
                      "print('READY', flush=True)\nsys.stdin.read()"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
assert p.stdout.readline() == b"READY\n"
for i in range(3):
    p.send_signal(signal.SIGINT)
    time.sleep(0.01)
out, err = p.communicate(b"")
print("burst", p.returncode, err.decode().splitlines()[0], err.decode().splitlines()[-1])
