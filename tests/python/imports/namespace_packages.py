# PEP 420 namespace packages: one package from portions in two directories.
import sys

DIR = __file__.rpartition("/")[0]
sys.path.append(DIR + "/_ns_a")
sys.path.append(DIR + "/_ns_b")


def show(x):
    return repr(x).replace(DIR, "{dir}")


import nspkg.mod_a
import nspkg.mod_b
import nspkg.inner
print(nspkg.mod_a.WHERE, nspkg.mod_b.WHERE, nspkg.inner.WHERE)
print(show(nspkg.__path__), len(nspkg.__path__), list(nspkg.__path__) == [DIR + "/_ns_a/nspkg", DIR + "/_ns_b/nspkg"])
print(nspkg.__file__, nspkg.__spec__.origin, nspkg.__package__, nspkg.__name__)
print(type(nspkg.__loader__).__name__, nspkg.__spec__.loader is nspkg.__loader__)
print(nspkg.__spec__.submodule_search_locations is nspkg.__path__)
print(show(nspkg.mod_a), show(nspkg.inner))
print(nspkg.inner.__package__, nspkg.mod_a.__package__)
print(hasattr(nspkg, "__file__"), "nspkg" in sys.modules)
try:
    import nspkg.nothing
except ModuleNotFoundError as e:
    print(e, e.name)
