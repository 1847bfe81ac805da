# Descriptors of file objects dropped unclosed are reclaimed when a call that needs one fails with
# EMFILE (CPython closes them at once): os.pipe, os.listdir, os.scandir and child processes still
# work. The descriptor limit is lowered in a child process of its own, never in the test runner's.
# (Each call is made once before, so that a JVM reading classes from a directory has them loaded.)
import os
import resource
import subprocess
import sys

CHILD = r'''
import os, resource, subprocess, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
def leak(n):
    for i in range(n):
        f = open(sys.argv[1])   # dropped unclosed
        f.read(1)
def limited(what, fn):
    fn()   # once with descriptors to spare: the runtime loads what the call needs
    leak(200)
    resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))
    try:
        print(what, fn())
    except OSError as e:
        print(what, "OSError", e.errno)
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
def pipe():
    r, w = os.pipe(); os.close(r); os.close(w); return "ok"
limited("pipe", pipe)
limited("listdir", lambda: len(os.listdir('.')) > 0)
def scan():
    with os.scandir('.') as it:
        return any(True for _ in it)
limited("scandir", scan)
limited("subprocess", lambda: subprocess.run([sys.executable, "-c", "print('child')"],
                                             capture_output=True, text=True).stdout.strip())
'''

r = subprocess.run([sys.executable, "-c", CHILD, os.path.abspath(__file__)], capture_output=True, text=True)
print(r.stdout, end="")
print(r.returncode, r.stderr[-300:])
