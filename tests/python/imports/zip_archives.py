# Zip archives on sys.path (zipimport's zipimporter is the first path hook) and as programs
# (an application archive's __main__ runs, the archive first on sys.path, also behind a "#!"
# line as zipapp writes it); zipimport itself imports.
import os
import subprocess
import sys
import tempfile
import zipapp
import zipfile
import zipimport

print(zipimport.zipimporter.__name__, sys.path_hooks[0].__name__)

MAIN = """import sys, os
os.chdir("/")  # the archive's path on sys.path is absolute, so later imports still find it
import pkg.mod
print("main", __name__, os.path.basename(__file__), os.path.basename(sys.argv[0]), sys.argv[1:])
print(os.path.isabs(__file__), os.path.isabs(sys.path[0]))
print(pkg.mod.greet(), os.path.basename(os.path.dirname(pkg.__file__)), type(__loader__).__name__)
print(os.path.basename(sys.path[0]))
"""

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "pkg"))
    with open(os.path.join(src, "__main__.py"), "w") as f:
        f.write(MAIN)
    with open(os.path.join(src, "pkg", "__init__.py"), "w") as f:
        f.write("VALUE = 42\n")
    with open(os.path.join(src, "pkg", "mod.py"), "w") as f:
        f.write("def greet():\n    return 'hello from the archive'\n")
    with open(os.path.join(src, "pkg", "data.txt"), "w") as f:
        f.write("some data\n")

    plain = os.path.join(tmp, "plain.zip")
    zipapp.create_archive(src, plain)
    shebang = os.path.join(tmp, "app.pyz")
    zipapp.create_archive(src, shebang, interpreter="/usr/bin/env python3")
    for archive in (plain, shebang):
        r = subprocess.run([sys.executable, os.path.basename(archive), "a", "b"], capture_output=True, text=True,
                           cwd=tmp)
        print(r.returncode, r.stdout, r.stderr.replace(tmp, "<tmp>").replace(sys.executable, "<python>"))

    empty = os.path.join(tmp, "nomain.zip")
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("other.py", "print('other')\n")
    r = subprocess.run([sys.executable, empty], capture_output=True, text=True)
    # (the message names the interpreter first: its path under CPython, 'taipan' here)
    print(r.returncode, r.stdout, r.stderr.split(": ", 1)[1].replace(tmp, "<tmp>"))

    sys.path.insert(0, plain)
    import pkg
    import pkg.mod
    print(pkg.VALUE, pkg.mod.greet(), type(pkg.__loader__).__name__)
    print(pkg.__loader__.get_data(os.path.join(plain, "pkg", "data.txt")))
    print(os.path.relpath(pkg.__file__, tmp), pkg.__path__ == [os.path.join(plain, "pkg")])
    importer = sys.path_importer_cache[plain]
    print(type(importer).__name__, importer.archive == plain, importer.prefix == "")
    sys.path.remove(plain)
    for name in ("pkg", "pkg.mod"):
        del sys.modules[name]

    for entry in (tmp, os.path.join(tmp, "missing.zip"), os.path.join(src, "pkg", "mod.py")):
        try:
            sys.path_hooks[0](entry)
            print("finder for", os.path.relpath(entry, tmp))
        except ImportError as e:
            print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
