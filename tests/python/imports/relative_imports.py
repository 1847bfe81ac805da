# Relative imports at several levels, and CPython's errors for the bad ones.
import sys

DIR = __file__.rpartition("/")[0]

import _rel.sub.deep
print(_rel.sub.SUB)
print(_rel.sub.deep.TOP, _rel.sub.deep.VALUE, _rel.sub.deep.parent_name, _rel.sub.deep.LEAF)
print(_rel.sub.sibling is sys.modules["_rel.sibling"])

for name in ["_rel.beyond", "_rel.missing_rel", "_rel.missing_name"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(DIR, "{dir}"), e.name, e.path and e.path.replace(DIR, "{dir}"))
    print(name in sys.modules)

# In __main__ (no package) a relative import has no parent to resolve against.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
