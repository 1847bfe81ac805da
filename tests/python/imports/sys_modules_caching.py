# sys.modules caches modules; a module may replace or remove itself; a failed import leaves nothing.
import sys
import builtins

import _cache.counter
import _cache.counter
from _cache import counter
print(builtins.LOADS, counter is sys.modules["_cache.counter"])
del sys.modules["_cache.counter"]
import _cache.counter
print(builtins.LOADS, _cache.counter is not counter)

import _cache.replacer
print(_cache.replacer, sys.modules["_cache.replacer"].value)
from _cache import replacer
print(replacer)

for attempt in range(2):
    try:
        import _cache.failing
    except ValueError as e:
        print(type(e).__name__, e, "_cache.failing" in sys.modules, hasattr(_cache, "failing"))

try:
    import _cache.remover
except KeyError as e:
    print(type(e).__name__, e)

fake = type(sys)("fake_module")
fake.attr = "from a fake"
sys.modules["fake_module"] = fake
import fake_module
from fake_module import attr
print(fake_module is fake, attr, fake_module)
print(type(sys.modules).__name__, sys.modules["sys"] is sys, sys.modules["builtins"] is builtins)
