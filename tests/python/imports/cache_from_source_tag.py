# importlib.util.cache_from_source needs sys.implementation.cache_tag; test.support's
# import_helper.forget() calls it for every sys.path entry, so it must not raise.
import importlib.util
import os
import sys

print(isinstance(sys.implementation.cache_tag, str))
src = os.path.join("pkg", "mod.py")
for opt in ("", 1, 2):
    p = importlib.util.cache_from_source(src, optimization=opt)
    head, name = os.path.split(p)
    print(head, name.startswith("mod."), name.endswith(".pyc"), (".opt-%s." % opt) in name if opt else ".opt-" not in name)
    print(importlib.util.source_from_cache(p))
try:
    importlib.util.source_from_cache(os.path.join("pkg", "__pycache__", "mod.pyc"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    importlib.util.source_from_cache(os.path.join("pkg", "mod.pyc"))
except ValueError as e:
    print(type(e).__name__, e)
# the tag is one dot-free name (source_from_cache splits the file name on dots)
print("." in sys.implementation.cache_tag, "311" in sys.implementation.cache_tag)
