# _warnings without warnings.py: default filters, registries, once/error/always actions, warn_explicit,
# and the C fallback output "file:line: Category: message" plus the source line on stderr.
import _warnings
print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
def f():
    _warnings.warn("plain user warning")
    _warnings.warn("dep", DeprecationWarning)
    _warnings.warn("rt", RuntimeWarning, 2)
for i in range(2):
    f()
_warnings.warn(UserWarning("instance"))
try:
    _warnings.warn("x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    _warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
_warnings.filters.insert(0, ("once", None, UserWarning, None, 0))
_warnings._filters_mutated()
_warnings.warn("once only")
_warnings.warn("once only")
_warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12)
_warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12, registry={})
_warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    _warnings.warn("bogus")
except RuntimeError as e:
    print("RuntimeError", e)
del _warnings.filters[0]
print(sorted(k for k in globals()['__warningregistry__'] if k != 'version'), __warningregistry__['version'] > 0)
_warnings.warn("stack top", UserWarning, 99)
