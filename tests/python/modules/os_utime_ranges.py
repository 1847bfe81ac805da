# os.utime's times as seconds and nanoseconds: floats floored to whole nanoseconds, times before
# 1970, and seconds beyond a 64-bit time_t refused with CPython's OverflowError (they were
# multiplied into a nanosecond long and overflowed).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()


def show(label, **kw):
    try:
        os.utime(p, **kw)
        s = os.stat(p)
        print(label, s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
    except (OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


show("floats", times=(0.5, -0.25))
show("before 1970", times=(-86400.75, -1))
show("ints", times=(2_000_000_000, 1_000_000_000))
show("ns", ns=(-1, -1_000_000_001))
show("ns big", ns=(1_999_999_999_999_999_999, 7))
show("inf", times=(float("inf"), 0))
show("-inf", times=(0, float("-inf")))
show("nan", times=(float("nan"), 0))
show("2**63", times=(2 ** 63, 0))
show("-2**63-1", times=(-2 ** 63 - 1, 0))
show("1e300", times=(1e300, 0))
show("ns 2**63 s", ns=(2 ** 63 * 10 ** 9, 0))
show("ns -2**63 s", ns=(0, -2 ** 63 * 10 ** 9 - 1))
show("both", times=(1, 1), ns=(1, 1))
show("str", times=("1", 2))
os.unlink(p)
os.rmdir(d)
