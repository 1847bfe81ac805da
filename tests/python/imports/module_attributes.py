# The import-related attributes of modules, packages, builtin modules and __main__.
import sys
import itertools

DIR = __file__.rpartition("/")[0]


def show(x):
    # the bytecode file's name has the implementation's own cache tag (cpython-311 for CPython)
    return repr(x).replace(DIR, "{dir}").replace(sys.implementation.cache_tag, "TAG")


import _attrs.plain
import _attrs.pkg

for m in (_attrs, _attrs.plain, _attrs.pkg):
    print(m.__name__, m.SEEN if hasattr(m, "SEEN") else "")
    print(" ", show(m.__file__), show(m.__cached__), show(m.__package__), show(getattr(m, "__path__", None)))
    s = m.__spec__
    print(" ", s.name, show(s.origin), s.parent, s.has_location, show(s.submodule_search_locations), show(s.cached))
    print(" ", type(m.__loader__).__name__, m.__loader__ is s.loader, m.__loader__.name, show(m.__loader__.path))
    print(" ", m.__loader__.is_package(m.__name__), show(m.__loader__.get_filename(m.__name__)))
    print(" ", type(m.__builtins__).__name__, m.__builtins__ is vars(__builtins__), show(m))

for m in (sys, itertools):
    s = m.__spec__
    print(m.__name__, repr(m.__package__), m.__loader__, s.name, s.origin, s.parent, s.has_location, s.cached,
          s.submodule_search_locations, m)
    print(" ", m.__loader__.is_package(m.__name__), m.__loader__.get_source(m.__name__), hasattr(m, "__file__"))

main = sys.modules["__main__"]
print(main.__name__, main.__spec__, main.__package__, type(main.__loader__).__name__, main.__cached__, show(main))
print(__name__ == "__main__", show(__file__))
print(sorted(sys.builtin_module_names) == list(sys.builtin_module_names), "sys" in sys.builtin_module_names)
print(_attrs.plain.__spec__ == _attrs.plain.__spec__, _attrs.__spec__ == _attrs.plain.__spec__)
print(show(_attrs.plain.__loader__.get_source("_attrs.plain")))
try:
    _attrs.plain.__loader__.get_source("other.name")
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(type(_attrs.plain.__loader__.get_data(_attrs.plain.__file__)).__name__)
