# ModuleNotFoundError messages and attributes, as CPython's importlib gives them.
import sys

def attempt(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", e.path, "|", e.msg)

attempt("import no_such_module_xyz")
attempt("import no_such_module_xyz.sub")
attempt("import sys.path")
attempt("import math.pi")
attempt("from itertools import chain, nope")
attempt("from no_such_module_xyz import thing")
sys.modules["blocked"] = None
attempt("import blocked")
attempt("from blocked import x")
attempt("import blocked.child")
print(issubclass(ModuleNotFoundError, ImportError))
e = ModuleNotFoundError("msg", name="n", path="p")
print(e, e.name, e.path, repr(e))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.__traceback__ is not None, e.__context__, e.__cause__)
import no_such_module_at_the_end
