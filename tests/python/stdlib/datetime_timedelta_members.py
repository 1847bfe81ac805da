# timedelta's days, seconds and microseconds are member descriptors, as in CPython's C datetime.
import inspect
from datetime import timedelta

for name in ("days", "seconds", "microseconds"):
    d = timedelta.__dict__[name]
    print(name, type(d).__name__, repr(d), inspect.ismemberdescriptor(d), inspect.isgetsetdescriptor(d))
    print(d.__name__, d.__qualname__, d.__objclass__.__name__, d.__get__(timedelta(1, 2, 3)))
td = timedelta(days=-1, microseconds=5)
print(td.days, td.seconds, td.microseconds)
for stmt in ("td.days = 3", "del td.seconds"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, type(e).__name__, e)
try:
    timedelta.days.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.isgetsetdescriptor(type(td).max), inspect.ismemberdescriptor(timedelta.total_seconds))
