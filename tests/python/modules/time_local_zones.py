# Local time in several zones, as the C library converts it for CPython: tzname, timezone,
# altzone, daylight, localtime with tm_zone/tm_gmtoff, mktime (DST gaps, folds, tm_isdst),
# strftime %Z/%z/%s, ctime, and datetime's astimezone/fromtimestamp/timestamp/strptime %Z.
# Zones come from TZ in a child's environment (as CPython's test_time does) and from
# os.environ['TZ'] followed by time.tzset(); IANA names and POSIX rule strings.
import os
import subprocess
import sys
import time
import datetime


def report():
    print(time.tzname, time.timezone, time.altzone, time.daylight)
    for t in (0, 1704067200, 1720000000, 1730613600, 1730617200, -86400 * 365 * 30):
        lt = time.localtime(t)
        print(tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(t))
        print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z %s', lt))
    print(time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 0)),
          time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 1)), time.mktime((2024, 13, 40, 25, 61, 0, 0, 0, -1)))
    print(time.strftime('%Z', (2024, 1, 15, 12, 0, 0, 0, 15, 0)),
          time.strftime('%Z', (2024, 7, 15, 12, 0, 0, 0, 15, 1)))
    for month in (1, 7):
        d = datetime.datetime(2024, month, 1, 12).astimezone()
        print(d, d.tzname(), d.utcoffset())
    print(datetime.datetime.fromtimestamp(1720000000), datetime.datetime.fromtimestamp(1730615400))
    print(datetime.datetime(2024, 11, 3, 1, 30, fold=1).timestamp(),
          datetime.datetime(2024, 11, 3, 1, 30).timestamp())
    for name in time.tzname:
        try:
            print(datetime.datetime.strptime('2024 ' + name, '%Y %Z'))
        except ValueError as e:
            print('ValueError', e)


CHILD = r'''
import os, sys, time
sys.path.insert(0, %r)
from time_local_zones import report
report()
os.environ['TZ'] = 'JST-9'
print(time.tzname, time.localtime(0).tm_hour)
time.tzset()
print(time.tzname, time.timezone, time.localtime(0).tm_hour, time.localtime(0).tm_zone)
''' % os.path.dirname(os.path.abspath(__file__))

ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'JST-9',
         '<+0330>-3:30', 'EST+05EDT,M3.2.0,M11.1.0', 'UTC0', 'Etc/GMT+5']

if __name__ == '__main__':
    for tz in ['America/New_York', 'EST+05EDT,M3.2.0,M11.1.0', '<+0330>-3:30']:
        r = subprocess.run([sys.executable, '-c', CHILD], env=dict(os.environ, TZ=tz),
                           capture_output=True, text=True)
        print('child TZ=%s' % tz)
        print(r.stdout, end='')
        if r.returncode:
            print('exit', r.returncode, r.stderr.splitlines()[-1:])
    saved = os.environ.get('TZ')
    try:
        for tz in ZONES:
            os.environ['TZ'] = tz
            time.tzset()
            print('tzset TZ=%s' % tz)
            report()
    finally:
        if saved is None:
            del os.environ['TZ']
        else:
            os.environ['TZ'] = saved
        time.tzset()
