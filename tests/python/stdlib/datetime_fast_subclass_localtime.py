# The _datetime accelerator: subclasses (a __new__ override with an extra argument, instance
# attributes, __slots__) through arithmetic, replace, the alternative constructors and pickling;
# and local time in a zone with daylight saving time: fromtimestamp (fold detection),
# timestamp() and astimezone() in folds and gaps.
import os, time as _time, pickle, copy
os.environ['TZ'] = 'America/New_York'
_time.tzset()
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(repr(r))

class MyDate(date):
    extra = 'class'
    def __new__(cls, y, m, d, tag='none'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
    def __repr__(self):
        return 'MyDate(%s, %r)' % (self.isoformat(), getattr(self, 'tag', None))
class MyDT(datetime):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.made = True
        return self
class MyTime(time):
    __slots__ = ('x',)
class MyTZ(timezone.__base__):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'MYTZ'
md = MyDate(2000, 1, 31, 'a')
for f in [lambda: md, lambda: md.tag, lambda: md.extra, lambda: md + timedelta(1), lambda: type(md - timedelta(1)),
          lambda: md - date(2000, 1, 1), lambda: md.replace(month=2, day=29), lambda: type(md.replace(day=1)),
          lambda: MyDate.fromordinal(5), lambda: MyDate.fromisoformat('2001-02-03'), lambda: MyDate.fromisocalendar(2001, 2, 3),
          lambda: type(MyDate.today()), lambda: MyDate.fromtimestamp(86400 * 365), lambda: pickle.loads(pickle.dumps(md)),
          lambda: pickle.loads(pickle.dumps(md)).tag, lambda: copy.copy(md).tag, lambda: copy.deepcopy(md),
          lambda: md == date(2000, 1, 31), lambda: hash(md) == hash(date(2000, 1, 31)), lambda: str(md), lambda: md.__reduce__()[1],
          lambda: vars(md), lambda: setattr(date(1, 1, 1), 'x', 1)]:
    t(f)
m = MyDT(2000, 1, 2, 3, 4, 5, tzinfo=MyTZ())
for f in [lambda: m.made, lambda: type(m + timedelta(1)), lambda: (m + timedelta(1)).made, lambda: type(m.replace(year=2001)),
          lambda: m.replace(year=2001).made, lambda: type(MyDT.now()), lambda: type(MyDT.fromtimestamp(0)), lambda: type(MyDT.utcfromtimestamp(0)),
          lambda: type(MyDT.combine(date(1, 1, 1), time(1))), lambda: type(MyDT.fromisoformat('2000-01-01T00:00')),
          lambda: type(MyDT.strptime('2000', '%Y')), lambda: m.utcoffset(), lambda: m.tzname(), lambda: m.isoformat(),
          lambda: m.astimezone(timezone.utc), lambda: type(m.astimezone(timezone.utc)), lambda: pickle.loads(pickle.dumps(m)).made,
          lambda: m - datetime(2000, 1, 2, tzinfo=timezone.utc), lambda: m.timestamp(), lambda: m.strftime('%Z %z'),
          lambda: type(m.date()), lambda: type(m.time()), lambda: MyTime(1, 2).__reduce__(), lambda: type(MyTime(1).replace(hour=3))]:
    t(f)
mt = MyTime(5)
mt.x = 3
t(lambda: (mt, mt.x, pickle.loads(pickle.dumps(mt)).x))

# local time: New York
for ts in [0, 1e9, 1e9 + 0.5, -1e9, 1699165800, 1699165800 + 3600, 1699165800 - 1, 1678604400, 1678604400 - 1]:
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp(), d.astimezone(), datetime.utcfromtimestamp(ts))
for d in [datetime(2023, 11, 5, 1, 30), datetime(2023, 11, 5, 1, 30, fold=1), datetime(2023, 3, 12, 2, 30),
          datetime(2023, 3, 12, 2, 30, fold=1), datetime(2023, 7, 1), datetime(1900, 1, 1), datetime(2100, 1, 1)]:
    print(repr(d), d.timestamp(), d.astimezone(), d.astimezone(timezone.utc), d.astimezone().utcoffset())
print(date.fromtimestamp(1e9), date.fromtimestamp(-1.5))
print(datetime(2000, 1, 1, tzinfo=timezone.utc).astimezone(), datetime(2000, 7, 1, tzinfo=timezone.utc).astimezone())
t(lambda: datetime.fromtimestamp(1e9, tz=timezone(timedelta(hours=2))))
t(lambda: datetime.fromtimestamp(timestamp=1e9))
t(lambda: date.fromtimestamp('x'))
t(lambda: abs(datetime.now() - datetime.fromtimestamp(_time.time())) < timedelta(seconds=5))
t(lambda: abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=5))
