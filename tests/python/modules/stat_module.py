# The _stat module (CPython's Modules/_stat.c) and stat.py over it.
import _stat
import stat

for n in sorted(dir(_stat)):
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v, getattr(stat, n) == v)

modes = [0o40755, 0o104755, 0o120777, 0o41777, 0o102644, 0, 0o100644, 0o20620, 0o60660, 0o10600,
         0o140755, 0o170000, 0o7777, 0o101000, 0o100001, 0o102010]
for mode in modes:
    print(oct(mode), _stat.filemode(mode), stat.filemode(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode),
          [f for f in ("S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK",
                       "S_ISDOOR", "S_ISPORT", "S_ISWHT") if getattr(_stat, f)(mode)])

print(_stat.S_ISDIR(True), _stat.S_IMODE(False), type(_stat.S_IFMT(0o40000)).__name__)


class Index:
    def __index__(self):
        return 0o40000


for bad in ["1", 1.0, -1, 2 ** 64, 2 ** 40, Index(), None]:
    try:
        print(_stat.S_ISDIR(bad))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: _stat.filemode(), lambda: _stat.S_ISREG(1, 2), lambda: _stat.S_IMODE(mode=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

import os
print(stat.S_ISDIR(os.stat(".").st_mode), stat.S_ISREG(os.stat(__file__).st_mode), stat.filemode(os.stat(".").st_mode)[0])
