# User finders and loaders on sys.meta_path and sys.path_hooks, as the import protocol (PEP 451) defines them.
import sys

ModuleSpec = type(sys.__spec__)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.GREETING = "hello from " + module.__name__
        module.LOADER_STATE = module.__spec__.loader_state


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append((name, path is None))
        if name.startswith("virtual"):
            is_pkg = name == "virtual"
            spec = ModuleSpec(name, Loader(), origin="virtual:" + name, is_package=is_pkg)
            spec.loader_state = "state"
            return spec
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
import virtual
import virtual.child
print(virtual.GREETING, virtual.child.GREETING, virtual.LOADER_STATE)
print(virtual.__path__, virtual.__package__, virtual.child.__package__, hasattr(virtual, "__file__"))
print(repr(virtual).startswith("<module 'virtual' (<__main__.Loader object"))
print(virtual.__spec__.origin, virtual.__spec__.has_location, virtual.__spec__.parent)
print(finder.asked)


class CustomModule(type(sys)):
    kind = "custom"


class CreatingLoader:
    def create_module(self, spec):
        return CustomModule(spec.name)

    def exec_module(self, module):
        module.created = True


class OnlyExec:
    def exec_module(self, module):
        pass


class Finder2:
    def find_spec(self, name, path, target=None):
        if name == "custom_mod":
            return ModuleSpec(name, CreatingLoader())
        if name == "only_exec":
            return ModuleSpec(name, OnlyExec())
        if name == "no_loader":
            return ModuleSpec(name, None)
        return None


sys.meta_path.insert(0, Finder2())
import custom_mod
print(type(custom_mod).__name__, custom_mod.kind, custom_mod.created, custom_mod.__name__)
for name in ("only_exec", "no_loader"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)


class HookFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, name, target=None):
        if name == "hooked":
            return ModuleSpec(name, Loader(), origin=self.entry)
        return None


def hook(entry):
    if entry != "<hooked entry>":
        raise ImportError("not mine")
    return HookFinder(entry)


sys.path_hooks.insert(0, hook)
sys.path.append("<hooked entry>")
import hooked
print(hooked.GREETING, hooked.__spec__.origin)
print(type(sys.path_importer_cache["<hooked entry>"]).__name__)
sys.path_importer_cache["<hooked entry>"] = None
del sys.modules["hooked"]
try:
    import hooked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.meta_path.clear()
try:
    import some_module_nobody_has
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import sys as again
print(again is sys)
