# The tools built on sys.settrace, run as a child interpreter on a small script:
# pdb driven by stdin (break, continue, next, step, print, where, return),
# breakpoint() inside a loop, `python -m trace --trace` and `--count`.
import os
import subprocess
import sys
import tempfile

SCRIPT = '''\
def f(x):
    y = x * 2
    z = y + 1
    return z


def main():
    a = 1
    b = f(a)
    print("b =", b)
    c = f(b)
    print("c =", c)


main()
'''

LOOP = '''\
def compute(n):
    total = 0
    for i in range(n):
        total += i
        if i == 3:
            breakpoint()
    return total


print(compute(6))
'''


def run(args, stdin, where):
    r = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, text=True, cwd=where)
    out = r.stdout.replace(where + os.sep, "{dir}/")
    # pdb's `where` shows the standard library's frames: keep only the module name
    lines = []
    for line in out.splitlines():
        if "lib/python3" in line or "<string>" in line:
            line = "  <stdlib frame>"
        lines.append(line)
    print("exit", r.returncode)
    print("\n".join(lines))
    if r.stderr:
        print("stderr:", r.stderr.replace(where + os.sep, "{dir}/"))


with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    with open(os.path.join(d, "script.py"), "w") as fh:
        fh.write(SCRIPT)
    with open(os.path.join(d, "loop.py"), "w") as fh:
        fh.write(LOOP)
    print("--- pdb")
    run(["-m", "pdb", "script.py"], "b 3\nc\np x, y\nn\np z\nw\nr\nn\ns\nn\nn\nc\n", d)
    print("--- pdb, break on a function, quit")
    run(["-m", "pdb", "script.py"], "b f\nc\nargs\nq\n", d)
    print("--- breakpoint()")
    run(["loop.py"], "p total, i\nn\nn\np total\nup\ndown\nc\n", d)
    print("--- trace --trace")
    run(["-m", "trace", "--trace", "script.py"], "", d)
    print("--- trace --count")
    run(["-m", "trace", "--count", "-C", ".", "--missing", "script.py"], "", d)
    with open(os.path.join(d, "script.cover")) as fh:
        print(fh.read())
