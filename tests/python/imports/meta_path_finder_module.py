# Every default finder on sys.meta_path answers __module__: code that keeps only the standard
# importers (test_bdb's test_skip) filters on it.
import sys

print(all(isinstance(f.__module__, str) for f in sys.meta_path))
kept = [f for f in sys.meta_path if f.__module__.startswith("_frozen_importlib")]
names = [f.__name__ for f in kept]
print("BuiltinImporter" in names, "PathFinder" in names)
saved = sys.meta_path[:]
try:
    sys.meta_path[:] = kept
    import colorsys
    print(colorsys.__name__)
finally:
    sys.meta_path[:] = saved
