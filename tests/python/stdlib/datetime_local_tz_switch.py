# datetime's local time follows time.tzset as the zone changes back and forth, and its
# abbreviations (tm_zone) and fold detection are those of the zone current at each call.
import os
import time
from datetime import date, datetime, timezone

FOLD = 1636263000  # 2021-11-07 01:30 EST, the second 01:30 in New York
GAP_EDGE = 1615705200  # 2021-03-14 03:00 EDT
for tz in ("UTC", "Europe/Berlin", "America/New_York", "EST+05EDT,M3.2.0,M11.1.0", "UTC", "<+0330>-3:30",
           "America/New_York", "Europe/Berlin"):
    os.environ["TZ"] = tz
    time.tzset()
    for ts in (0, 1e9, FOLD, FOLD - 3600, GAP_EDGE, GAP_EDGE - 1, 1_700_000_000.25):
        d = datetime.fromtimestamp(ts)
        lt = time.localtime(ts)
        print(tz, ts, repr(d), d.fold, lt.tm_zone, lt.tm_isdst, lt.tm_gmtoff, date.fromtimestamp(ts))
    print(time.tzname, time.timezone, time.daylight)
    now = datetime.now()
    print(abs(now - datetime.fromtimestamp(time.time())).total_seconds() < 5, now.tzinfo,
          now.astimezone().tzname() == time.localtime().tm_zone)
    print(abs(datetime.now(timezone.utc) - datetime.fromtimestamp(time.time(), timezone.utc)).total_seconds() < 5)
