# The _datetime accelerator: timedelta (construction with float components and its rounding,
# arithmetic, division and modulo, errors) and date (calendar, ISO forms, arithmetic, comparisons
# with datetimes, hashes equal to the pickle state's). Errors must read as CPython's C module's.
import datetime as D, pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(repr(r))

# timedelta
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((), dict(weeks=1.5, hours=-2.25, minutes=0.001)),
                 ((0.5, 0.5, 0.5), {}), ((), dict(microseconds=0.5)), ((), dict(microseconds=1.5)),
                 ((), dict(microseconds=-0.5)), ((), dict(microseconds=-1.5)), ((-1,), dict(seconds=-1)),
                 ((), dict(milliseconds=1.0000001)), ((1e-7,), {}), ((999999999, 86399, 999999), {}),
                 ((), dict(days=True)), ((1 << 40,), {}), ((), dict(seconds=1e18))]:
    t(lambda: timedelta(*args, **kw))
d = timedelta(days=3, seconds=7, microseconds=11)
e = timedelta(hours=-5, microseconds=3)
for f in [lambda: d + e, lambda: d - e, lambda: -d, lambda: +e, lambda: abs(e), lambda: d * 3, lambda: 3 * d,
          lambda: d * 0.3, lambda: 0.3 * d, lambda: d / 7, lambda: d / 0.7, lambda: d / e, lambda: d // e,
          lambda: d // 4, lambda: d % e, lambda: divmod(d, e), lambda: str(d), lambda: str(e), lambda: repr(e),
          lambda: e.total_seconds(), lambda: d.total_seconds(), lambda: bool(timedelta(0)), lambda: d == e,
          lambda: d > e, lambda: d == 5, lambda: d < 5, lambda: hash(d) == hash(timedelta(3, 7, 11)),
          lambda: d.__reduce__(), lambda: timedelta.max, lambda: timedelta.min, lambda: timedelta.resolution,
          lambda: timedelta.max + timedelta.resolution, lambda: d * 1e300, lambda: d / 0, lambda: d // 0,
          lambda: d / timedelta(0), lambda: d % timedelta(0), lambda: divmod(d, timedelta(0)),
          lambda: timedelta(seconds=1) / 3, lambda: timedelta(microseconds=5) / 2, lambda: timedelta(microseconds=7) / 2,
          lambda: timedelta(microseconds=-5) / 2, lambda: timedelta(1) * 2.5, lambda: d.days, lambda: e.seconds,
          lambda: setattr(d, 'days', 1), lambda: setattr(d, 'x', 1), lambda: str(timedelta(days=-1)),
          lambda: str(timedelta(days=2, microseconds=5)), lambda: timedelta(1, 2, 3, 4, 5, 6, 7)]:
    t(f)

class TD(timedelta):
    pass
x = TD(1, 2)
t(lambda: (x, type(x + x), type(-x), type(x * 2), repr(TD())))
t(lambda: pickle.loads(pickle.dumps(x)))
for proto in range(5):
    t(lambda: pickle.loads(pickle.dumps(d, proto)) == d)

# date
for args in [(2000, 2, 29), (1900, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (10000, 1, 1), (2000, 0, 1),
             (2000, 4, 31), (2000.0, 1, 1), ('2000', 1, 1), (2000, 1)]:
    t(lambda: date(*args))
dd = date(2004, 2, 29)
for f in [lambda: dd.year, lambda: dd.toordinal(), lambda: date.fromordinal(dd.toordinal()), lambda: dd.weekday(),
          lambda: dd.isoweekday(), lambda: dd.isocalendar(), lambda: tuple(dd.isocalendar()),
          lambda: dd.isocalendar().week, lambda: dd.isoformat(), lambda: str(dd), lambda: dd.ctime(),
          lambda: dd.strftime('%Y-%m-%d %A %B %j %U %W %% %z %Z %f'), lambda: format(dd, ''), lambda: format(dd, '%d/%m'),
          lambda: f'{dd:%Y}', lambda: dd.timetuple(), lambda: dd.replace(year=2005), lambda: dd.replace(day=1),
          lambda: dd + timedelta(days=1, hours=23), lambda: dd - timedelta(hours=1), lambda: timedelta(7) + dd,
          lambda: dd - date(2000, 1, 1), lambda: dd - 1, lambda: dd + dd, lambda: dd < date(2004, 3, 1),
          lambda: dd == date(2004, 2, 29), lambda: hash(dd) == hash(date(2004, 2, 29)), lambda: dd.__reduce__(),
          lambda: date(b'\x07\xd4\x02\x1d'), lambda: date.fromisoformat('2004-02-29'),
          lambda: date.fromisoformat('20040229'), lambda: date.fromisoformat('2004-W09-7'),
          lambda: date.fromisoformat('2004W097'), lambda: date.fromisoformat('2004W09'),
          lambda: date.fromisoformat('2004-13-01'), lambda: date.fromisoformat('2004-02-30'),
          lambda: date.fromisoformat('2004-02-2x'), lambda: date.fromisoformat('2004-W54'),
          lambda: date.fromisoformat(''), lambda: date.fromisocalendar(2004, 53, 7), lambda: date.fromisocalendar(2020, 53, 7),
          lambda: date.fromisocalendar(9999, 52, 7), lambda: date.min, lambda: date.max, lambda: date.resolution,
          lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.fromordinal(3652059),
          lambda: date.fromordinal(3652060), lambda: date.fromtimestamp(0) == date(1970, 1, 1),
          lambda: type(date.today()), lambda: dd < datetime(2005, 1, 1), lambda: dd == datetime(2004, 2, 29),
          lambda: datetime(2004, 2, 29) == dd, lambda: dd.__eq__(datetime(2004, 2, 29)), lambda: dd < 5,
          lambda: dd == 5]:
    t(f)
for y in range(1995, 2030):
    for m, dday in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        print(y, m, dday, tuple(date(y, m, dday).isocalendar()), date(y, m, dday).weekday(), end=';')
print()
for o in [1, 59, 60, 365, 366, 730119, 730120, 146097, 146096, 36524, 36525, 1461, 3652059]:
    print(date.fromordinal(o), end=' ')
print()
import _datetime
print(D.date is _datetime.date, D.timedelta is _datetime.timedelta, sorted(n for n in dir(_datetime) if not n.startswith("__")))
