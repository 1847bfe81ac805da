# __import__: return values for dotted names and fromlists, and CPython's argument checks.
import sys

import _pkg.sub
print(__import__("_pkg.sub").__name__, __import__("_pkg.sub", fromlist=["x"]).__name__)
print(__import__("_pkg.sub", globals(), None, [], 0).__name__)
print(__import__("sub", {"__package__": "_pkg"}, None, ["VALUE"], 1).__name__)
print(__import__("", {"__package__": "_pkg"}, None, ["helper"], 1).__name__)
print(__import__("sub.x", {"__package__": "_pkg"}, None, [], 1) if False else "-")
print(__import__("helper", {"__name__": "_pkg.sub"}, None, None, 1).__name__)
print(__import__("helper", {"__name__": "_pkg", "__path__": []}, None, None, 1).__name__)
print(__import__("helper", {"__spec__": _pkg.sub.__spec__}, None, None, 1).__name__)
print(__import__(name="math").__name__)

cases = [
    (1,), (), ("",), ("x", None, None, None, -1), ("os", 5, None, ["x"], 1), ("a", {}, None, (), 1),
    ("a", {"__package__": 5}, None, (), 1), ("a", {"__name__": "x"}, None, (), 1), ("a", None, None, (), 1),
    ("a", {"__name__": 5}, None, (), 1), ("a", {"__package__": "_pkg"}, None, (), 3),
    ("math", None, None, None, 1.5), ("math", None, None, None, "1"), ("a", 1, 2, 3, 4, 5),
    ("_pkg", None, None, [1]),
]
for args in cases:
    try:
        print(__import__(*args))
    except BaseException as e:
        print(type(e).__name__, e)
try:
    __import__("math", nope=1)
except TypeError as e:
    print(type(e).__name__, e)

import builtins
real = builtins.__import__
seen = []


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return real(name, globals, locals, fromlist, level)


builtins.__import__ = spy
import math
from _pkg import helper
builtins.__import__ = real
print(seen)
