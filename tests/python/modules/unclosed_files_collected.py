# Files a program drops without closing them: CPython writes their data and closes their
# descriptors as soon as the last reference goes. Data written through a dropped file reaches
# the disk even after the collector has run, and reading or writing many files through temporaries never runs out of descriptors
# (the child process below has only 64 of them).
import os
import subprocess
import sys

DIR = "%s.%d%s.d" % (__file__, os.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
os.mkdir(DIR)
try:
    for i in range(300):
        open(os.path.join(DIR, "f%d" % i), "w").write("x" * (i % 7))
        if i % 50 == 0:
            # garbage, so that the collector runs while dropped files hold unwritten data
            junk = [[j] * 8 for j in range(20000)]
            del junk
    print(sum(len(open(os.path.join(DIR, "f%d" % i)).read()) for i in range(300)))
    print(sum(os.stat(os.path.join(DIR, "f%d" % i)).st_size for i in range(300)))

    def save(path, data):
        f = open(path, "wb")
        f.write(data)

    # the next open() sees what a function wrote and dropped
    save(os.path.join(DIR, "saved"), b"0123456789")
    print(open(os.path.join(DIR, "saved"), "rb").read())

    child = r'''
import os, resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
d = sys.argv[1]
total = 0
for r in range(4):
    for i in range(300):
        total += len(open(os.path.join(d, "f%d" % i)).read())
print("read", total)
for i in range(300):
    open(os.path.join(d, "g%d" % i), "w").write("y" * (i % 5))
for i in range(300):
    fd = os.open(os.path.join(d, "g%d" % i), os.O_RDONLY)
    total += len(os.fdopen(fd).read())
print("written and read", total)
for i in range(60):
    open(os.path.join(d, "f%d" % i)).read()
import json, textwrap, fractions
print(json.dumps([1]), textwrap.shorten("hello world", 8), fractions.Fraction(1, 3))
'''
    opts = [a for k, v in sys._xoptions.items() for a in ("-X", k if v is True else k + "=" + v)]
    r = subprocess.run([sys.executable] + opts + ["-c", child, DIR], capture_output=True, text=True)
    print(r.returncode, r.stdout, r.stderr[-300:], sep="")
finally:
    for name in os.listdir(DIR):
        os.remove(os.path.join(DIR, name))
    os.rmdir(DIR)
