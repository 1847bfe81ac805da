# A virtual environment made with `-m venv` by the running interpreter: its bin/python has the
# environment as sys.prefix, and site adds its site-packages (and runs its .pth files) at start-up;
# -S leaves site out (and sys.prefix the base installation's), -I keeps the site-packages but not
# the script's directory.
import os
import subprocess
import sys
import tempfile

CHECK = r"""
import os, site, sys, sysconfig
venv = os.environ["VENV"]
site_packages = os.path.join(venv, "lib", "python3.11", "site-packages")
print("prefix", sys.prefix == venv, sys.exec_prefix == venv, sys.base_prefix != venv)
print("executable", sys.executable == os.path.join(venv, "bin", "python"))
print("path[0]", "script's directory" if sys.path[0] == os.environ["SCRIPT_DIR"] else repr(sys.path[0])
      if sys.path[0] == "" else "the standard library's")
print("site-packages", site_packages in sys.path and [os.path.basename(p) for p in sys.path[-2:]])
print("site", "site" in sys.modules, site.ENABLE_USER_SITE, site.getsitepackages() == [site_packages])
print("purelib", sysconfig.get_paths()["purelib"] == site_packages)
print("pth import line ran", os.environ.get("PTH_RAN"))
try:
    import hello_mod, extra_mod
    print("imported", hello_mod.GREETING, extra_mod.NAME)
except ImportError as e:
    print("ImportError", e.name)
"""

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    venv = os.path.join(tmp, "env")
    made = subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], capture_output=True, text=True)
    print("venv", made.returncode, made.stderr)
    with open(os.path.join(venv, "pyvenv.cfg")) as f:
        print([line.split("=")[0].strip() for line in f if line.startswith("include")])
    site_packages = os.path.join(venv, "lib", "python3.11", "site-packages")
    print(os.path.isdir(site_packages), sorted(os.listdir(os.path.join(venv, "bin")))[:3])
    with open(os.path.join(site_packages, "hello_mod.py"), "w") as f:
        f.write("GREETING = 'hello'\n")
    extra = os.path.join(tmp, "extra")
    os.mkdir(extra)
    with open(os.path.join(extra, "extra_mod.py"), "w") as f:
        f.write("NAME = 'extra'\n")
    with open(os.path.join(site_packages, "zz_test.pth"), "w") as f:
        f.write("# a comment\n%s\n%s\nimport os; os.environ['PTH_RAN'] = 'yes'\n"
                % (extra, os.path.join(tmp, "missing")))
    script = os.path.join(tmp, "check.py")
    with open(script, "w") as f:
        f.write(CHECK)
    python = os.path.join(venv, "bin", "python")
    env = dict(os.environ, VENV=venv, SCRIPT_DIR=tmp)
    env.pop("PYTHONPATH", None)
    for flags in ([], ["-S"], ["-I"]):
        print("--", flags or "no flags")
        run = subprocess.run([python] + flags + [script], capture_output=True, text=True, env=env)
        print(run.stdout, end="")
        print(run.returncode, run.stderr)
    run = subprocess.run([python, "-c", CHECK], capture_output=True, text=True, env=env)
    print("-- -c")
    print(run.stdout, end="")
    print(run.returncode, run.stderr)
