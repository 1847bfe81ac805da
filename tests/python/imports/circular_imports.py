# Circular imports: a partially initialised module is visible, and CPython's messages name it.
import sys

DIR = __file__.rpartition("/")[0]
import _circ.a
print(sorted(k for k in sys.modules if k.startswith("_circ")))

try:
    import _circ.x
except ImportError as e:
    print(type(e).__name__, str(e).replace(DIR, "{dir}"))
    print(e.name, e.path.replace(DIR, "{dir}"))
print("_circ.x" in sys.modules, "_circ.y" in sys.modules)

try:
    from _circ.finished import UNDEFINED
except ImportError as e:
    print(type(e).__name__, str(e).replace(DIR, "{dir}"), e.name)
try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
