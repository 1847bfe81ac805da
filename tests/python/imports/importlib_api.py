# importlib from the standard library working with Taipan's importer: import_module, reload,
# util.find_spec, spec_from_file_location, module_from_spec, machinery.
import sys
import importlib
import importlib.util
import importlib.machinery

DIR = __file__.rpartition("/")[0]


def show(x):
    return str(x).replace(DIR, "{dir}")


m = importlib.import_module("_il.counter")
print(m.__name__, m.LOADS, m is sys.modules["_il.counter"])
print(importlib.import_module(".standalone", "_il").NAME)
again = importlib.reload(m)
print(again is m, m.LOADS)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("_il.nothing")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

spec = importlib.util.find_spec("_il.standalone")
print(spec.name, show(spec.origin), spec.parent, spec.has_location, spec.submodule_search_locations)
print(importlib.util.find_spec("no_such_mod_xyz"), importlib.util.find_spec("sys").origin)
print(show(importlib.util.find_spec("_il").submodule_search_locations))

spec = importlib.util.spec_from_file_location("loaded_by_path", DIR + "/_il/standalone.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.hello(), mod.NAME, "loaded_by_path" in sys.modules, show(mod.__file__))
print(type(spec.loader).__name__, isinstance(spec, importlib.machinery.ModuleSpec))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BuiltinImporter.find_spec("sys").origin)
print(importlib.machinery.PathFinder.find_spec("_il.standalone", [DIR + "/_il"]).name)
importlib.invalidate_caches()
print(sorted(importlib.__all__))
