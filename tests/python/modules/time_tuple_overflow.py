# time.mktime, asctime and strftime with time tuples whose fields do not fit C's struct tm:
# each field is read as a C int (through a C long first), the year must leave year - 1900 an
# int, and a struct_time's tm_zone / tm_gmtoff must be a str / a C long (or None).
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()

INT_MAX = 2**31 - 1
INT_MIN = -2**31


def show(name, f, *args):
    try:
        print(name, repr(f(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)


def tup(year, rest=(1, 1, 0, 0, 0, 0, 1, -1)):
    return (year,) + rest


for year in (2**40, -2**40, 2**64, -2**64, INT_MAX + 1, INT_MAX, INT_MIN - 1, INT_MIN,
             INT_MIN + 1899, INT_MIN + 1900, True):
    show(f'mktime {year}', time.mktime, tup(year))
    show(f'asctime {year}', time.asctime, tup(year))
    show(f'strftime {year}', time.strftime, '%Y', tup(year))
    show(f'struct_time {year}', time.strftime, '%Y', time.struct_time(tup(year)))

# the other eight fields: C ints too, checked before the ranges
for i in range(1, 9):
    for big in (2**31, -2**31 - 1, 2**63, -2**70, INT_MAX, INT_MIN):
        t = [2000, 1, 1, 0, 0, 0, 0, 1, 0]
        t[i] = big
        show(f'asctime [{i}]={big}', time.asctime, tuple(t))
    t = [2000, 1, 1, 0, 0, 0, 0, 1, 0]
    t[i] = 2**40
    show(f'mktime [{i}]', time.mktime, tuple(t))
    show(f'strftime [{i}]', time.strftime, '%d', tuple(t))

# a struct_time's hidden fields
base = (2000, 1, 1, 0, 0, 0, 5, 1, 0)
for off in (3600, -5400, 2**31, INT_MIN, 2**40, 10**12, -2**63, 2**63, -2**63 - 1, 1.5, 'x', None):
    st = time.struct_time(base, {'tm_gmtoff': off, 'tm_zone': 'ZZZ'})
    show(f'%z {off!r}', time.strftime, '%z %Z', st)
    show(f'asctime {off!r}', time.asctime, st)
for zone in (None, 5, b'ABC', 'ÄÖ'):
    st = time.struct_time(base, {'tm_zone': zone, 'tm_gmtoff': 0})
    show(f'%Z {zone!r}', time.strftime, '%Z', st)
    show(f'mktime {zone!r}', time.mktime, st)

# floats and non-integers are refused before any range check
show('float year', time.mktime, tup(2.0**40))
show('float day', time.asctime, (2000, 1, 1.0, 0, 0, 0, 0, 1, 0))
show('str field', time.strftime, '%Y', (2000, '1', 1, 0, 0, 0, 0, 1, 0))
