# -X importtime and PYTHONPROFILEIMPORTTIME: the lines a child interpreter writes to stderr for
# the imports it finds and loads (timings vary, so only their shape and nesting are printed).
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r"import time: +(\d+) \| +(\d+) \| ( *)(\S+)$")
HEADER = "import time: self [us] | cumulative | imported package"


def run(args, env_extra=None, cwd=None):
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(env_extra or {})
    r = subprocess.run([sys.executable] + args, capture_output=True, text=True, env=env, cwd=cwd)
    return r.returncode, r.stdout, r.stderr.splitlines()


def timed(lines, names):
    """The lines of the named modules, as (indent, name, self <= cumulative), in their order."""
    out = []
    for line in lines:
        m = LINE.match(line)
        if m and m.group(4) in names:
            out.append((len(m.group(3)), m.group(4), int(m.group(1)) <= int(m.group(2))))
    return out


with tempfile.TemporaryDirectory() as where:
    pkg = os.path.join(where, "tpkg")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("from . import leaf\n")
    with open(os.path.join(pkg, "leaf.py"), "w") as f:
        f.write("VALUE = 3\n")
    with open(os.path.join(where, "top.py"), "w") as f:
        f.write("import tpkg.leaf\nimport tpkg\n")
    names = {"top", "tpkg", "tpkg.leaf", "nosuch_module_x"}

    code, out, err = run(["-X", "importtime", "-c", "import top; print(top.tpkg.leaf.VALUE)"], cwd=where)
    print("exit", code, "stdout", out.strip())
    print("header once:", sum(1 for line in err if line == HEADER))
    print("header first:", [line for line in err if line.startswith("import time:")][0] == HEADER)
    print("every timing line well formed:",
          all(LINE.match(line) for line in err if line.startswith("import time:") and line != HEADER))
    for entry in timed(err, names):
        print("  ", entry)

    code, out, err = run(["-c", "import top"], {"PYTHONPROFILEIMPORTTIME": "1"}, cwd=where)
    print("env:", code, timed(err, names))
    code, out, err = run(["-E", "-c", "import top"], {"PYTHONPROFILEIMPORTTIME": "1"}, cwd=where)
    print("env under -E:", code, err)
    code, out, err = run(["-c", "import top"], {"PYTHONPROFILEIMPORTTIME": ""}, cwd=where)
    print("empty env:", code, err)
    code, out, err = run(["-X", "importtime", "-c", "import nosuch_module_x"], cwd=where)
    print("failed import:", code, timed(err, names), err[-1])
    code, out, err = run(["-X", "importtime", "-c", "import top, top, importlib; importlib.import_module('tpkg')"],
                         cwd=where)
    print("already imported:", code, timed(err, names))
    code, out, err = run(["-X", "importtime", "-c", "import importlib; importlib.import_module('tpkg')"], cwd=where)
    print("importlib.import_module is not timed:", code, timed(err, names))
