# CPython imports abc, codecs, encodings and io while it starts and site imports os, stat,
# posixpath, genericpath and _collections_abc, all before the script's directory goes first on
# sys.path; all but encodings, and zipimport and runpy, are frozen into its executable, found
# whatever sys.path holds (after del sys.modules[name] and under -S too). A program's own io.py or
# os.py beside it does not stand in for them; its colorsys.py does.
import os, subprocess, sys, tempfile

NAMES = ["abc", "codecs", "encodings", "io", "os", "stat", "posixpath", "genericpath", "_collections_abc", "site", "zipimport", "runpy",
         "colorsys"]

CHILD = r'''
import sys
names = %r
for name in names:
    m = __import__(name)
    print(name, "own" if getattr(m, "OWN", False) else "stdlib")
import locale, json, collections
print("locale works", locale.getpreferredencoding(False) is not None, json.dumps([1]))
del sys.modules["abc"]
import abc
print("abc again", "own" if getattr(abc, "OWN", False) else "stdlib")
''' % (NAMES,)

with tempfile.TemporaryDirectory() as d:
    for name in NAMES:
        with open(os.path.join(d, name + ".py"), "w") as f:
            f.write("OWN = True\n")
    prog = os.path.join(d, "main.py")
    with open(prog, "w") as f:
        f.write(CHILD)
    for flags in ([], ["-S"]):
        r = subprocess.run([sys.executable, *flags, prog], capture_output=True, text=True, cwd=d)
        print(flags, r.returncode)
        print(r.stdout, end="")
        if r.returncode:
            print(r.stderr.strip().splitlines()[-1])
    # -c puts the working directory first
    r = subprocess.run([sys.executable, "-c", "import io, colorsys; print(hasattr(io, 'OWN'), hasattr(colorsys, 'OWN'))"],
                       capture_output=True, text=True, cwd=d)
    print("-c", r.stdout, end="")
