# pkgutil.iter_modules asks the path entry finders of sys.path_hooks for the modules of a directory.
import pkgutil

DIR = __file__.rpartition("/")[0]
print(sorted(m.name for m in pkgutil.iter_modules([DIR + "/_rel"])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([DIR + "/_rel"], prefix="_rel.")))
print(sorted(m.name for m in pkgutil.iter_modules([DIR + "/_rel/sub"])))
print([m.name for m in pkgutil.iter_modules([DIR + "/no_such_directory"])])
print(sorted(name for _, name, ispkg in pkgutil.iter_modules([DIR + "/_star"]) if not ispkg))
