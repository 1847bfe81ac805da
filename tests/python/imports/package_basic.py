# Importing a package with __init__.py and its submodules from the script's directory.
import sys

import _pkg.sub
print(_pkg.top_value, _pkg.sub.VALUE, _pkg.sub.helper.VALUE)
print(_pkg.sub is sys.modules["_pkg.sub"], _pkg.helper is sys.modules["_pkg.helper"])
from _pkg import sub as s2
print(s2 is _pkg.sub)
import _pkg.sub as s3
print(s3 is s2)
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(sys.path[0] == __file__.rpartition("/")[0])
