# Warnings the runtime itself issues (PyErr_WarnEx): bool(NotImplemented) is a DeprecationWarning
# attributed to the calling line, shown once per line for __main__ by the default filters.
print(bool(NotImplemented))


def check():
    return bool(NotImplemented)


print(check(), check())
import _warnings

_warnings.filters.insert(0, ("error", None, DeprecationWarning, None, 0))
_warnings._filters_mutated()
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("DeprecationWarning", e)
