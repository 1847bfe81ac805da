# A module made by ModuleType.__new__ alone (no __name__), or whose __name__ is not a str, says
# "module has no attribute" (module_getattro).
from types import ModuleType

bare = ModuleType.__new__(ModuleType)
named = ModuleType("named")
for m in (bare, named):
    try:
        m.not_here
    except AttributeError as e:
        print(e)
named.__dict__["__name__"] = 3
try:
    named.missing
except AttributeError as e:
    print(e)
named.__dict__["__name__"] = "again"
try:
    named.missing
except AttributeError as e:
    print(e)
print(repr(bare), bare.__dict__)
