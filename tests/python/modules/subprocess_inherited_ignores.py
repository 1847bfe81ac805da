# Signals a child process starts with ignored: SIGPIPE and SIGXFSZ (ignored by the interpreter
# from start-up) unless restore_signals resets them, whatever the program set to SIG_IGN, and
# never the C library's internal signals 32 and 33 (but under os.system, whose system(3) leaves
# them ignored). Run in a child interpreter: only a command-line process owns its signals.
import subprocess
import sys

CHILD = r'''
import os, signal, subprocess, sys
signal.signal(signal.SIGINT, signal.default_int_handler)

def ignored(status):
    mask = int(status.split()[1], 16)
    return sorted(n for n in (2, 13, 15, 25, 32, 33) if mask & (1 << (n - 1)))

def child(**kw):
    return ignored(subprocess.run(["grep", "SigIgn", "/proc/self/status"], capture_output=True, **kw).stdout)

print("default", child())
print("restore_signals=False", child(restore_signals=False))
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("SIGINT and SIGTERM ignored", child(), child(restore_signals=False))
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
# SIGTERM's SIG_IGN undone: the process no longer ignores it (nor does its child)
print("handlers back", child())
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
print("SIGPIPE default, restore_signals=False", child(restore_signals=False))
signal.signal(signal.SIGPIPE, signal.SIG_IGN)
import tempfile
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "status")
    os.system("grep SigIgn /proc/self/status > " + out)
    with open(out, "rb") as f:
        print("os.system", ignored(f.read()))
# with SIGCHLD ignored the kernel reaps the shell itself: system(3)'s waitpid fails, -1
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
print("os.system under SIGCHLD ignored", os.system("exit 3"))
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
print("os.system", os.system("exit 3"))
# the process itself still takes its signals as before
print("handlers kept", signal.getsignal(signal.SIGINT) is signal.default_int_handler,
      signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ))
'''

r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
print(r.stdout, end="")
print("stderr:", r.stderr)
print("exit", r.returncode)
