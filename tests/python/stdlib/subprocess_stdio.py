# A child writing to the inherited stdout and stderr, and to a file the parent opened.
import os
import subprocess
import tempfile

print("parent first", flush=True)
subprocess.run(["echo", "child on the inherited stdout"])
print("parent second", flush=True)
subprocess.run(["sh", "-c", "echo child on stderr >&2"])
subprocess.run(["sh", "-c", "cat"], stdin=subprocess.DEVNULL)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.txt")
    with open(path, "w") as f:
        subprocess.run(["echo", "into a file"], stdout=f)
        subprocess.run(["sh", "-c", "echo appended"], stdout=f)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "into an unlinked file"], stdout=f)
    f.seek(0)
    print(f.read())
print("parent last")
