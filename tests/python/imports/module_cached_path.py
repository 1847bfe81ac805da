# A module's __cached__ and spec.cached are what importlib.util.cache_from_source gives for its
# file (with this implementation's cache_tag), and cache_from_source's name rules.
import importlib.util as u, json, os, sys
print(json.__cached__ == u.cache_from_source(json.__file__), json.__spec__.cached == json.__cached__)
for p in ['a/x.py','x.py','.hidden','a/noext','a/b.c.py','x.pyw']:
    print(u.cache_from_source(p).replace(sys.implementation.cache_tag, "TAG"))
