# The _datetime accelerator: time, datetime, tzinfo and timezone: construction errors, ISO
# formatting and parsing (3.11's forms), strftime's %z/%Z/%f, naive/aware arithmetic and
# comparison, hashes by UTC, astimezone, timestamps (round half even) and pickles whose bytes
# are CPython's (protocols 0-3), plus loading pickles CPython wrote.
import datetime as D, pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(repr(r))

utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
odd = timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=7))
# time
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((23, 59), dict(tzinfo=utc)), ((1,), dict(fold=1)), ((24,), {}),
                 ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10**6), {}), ((1,), dict(fold=2)), ((1,), dict(tzinfo=1)),
                 ((1, 2, 3, 4, None, 1), {}), ((), dict(x=1)), ((12, 30), dict(tzinfo=est, fold=1))]:
    t(lambda: time(*args, **kw))
tt = time(12, 30, 15, 250, tzinfo=odd)
for f in [lambda: tt.isoformat(), lambda: str(tt), lambda: tt.isoformat('hours'), lambda: tt.isoformat('minutes'),
          lambda: tt.isoformat(timespec='milliseconds'), lambda: tt.isoformat('microseconds'), lambda: tt.isoformat('x'),
          lambda: tt.utcoffset(), lambda: tt.dst(), lambda: tt.tzname(), lambda: tt.strftime('%H:%M:%S.%f %z %Z %Y'),
          lambda: format(tt, '%H'), lambda: tt.replace(hour=1, tzinfo=None), lambda: tt.replace(fold=1),
          lambda: tt.__reduce__(), lambda: tt.replace(fold=1).__reduce_ex__(4), lambda: tt.replace(fold=1).__reduce_ex__(3),
          lambda: time(b'\x8c\x1e\x0f\x00\x00\xfa'), lambda: time(b'\x0c\x1e\x0f\x00\x00\xfa', est),
          lambda: time.fromisoformat('12:30'), lambda: time.fromisoformat('T12:30:15.123'), lambda: time.fromisoformat('123015'),
          lambda: time.fromisoformat('12:30:15.1234567+05:30'), lambda: time.fromisoformat('12:30Z'),
          lambda: time.fromisoformat('12:30:15-00:00'), lambda: time.fromisoformat('12'), lambda: time.fromisoformat('1'),
          lambda: time.fromisoformat('12:3'), lambda: time.fromisoformat('12:30:15,5'), lambda: time.fromisoformat('25:00'),
          lambda: time.fromisoformat('12:30+24:00'), lambda: time.fromisoformat('12:30:15.'),
          lambda: tt == time(7, 0, 0, 250), lambda: tt == time(6, 59, 59, 250, tzinfo=utc), lambda: tt < time(7, tzinfo=utc),
          lambda: time(1) < time(2), lambda: time(1) == time(1, tzinfo=utc), lambda: time(1) < time(1, tzinfo=utc),
          lambda: hash(time(1, fold=1)) == hash(time(1)), lambda: hash(tt) == hash(time(6, 59, 59, 250, tzinfo=utc)),
          lambda: bool(time()), lambda: time.min, lambda: time.max, lambda: time.resolution, lambda: time(1) == 1]:
    t(f)

# datetime
for args, kw in [((2000, 1, 1), {}), ((2000, 1, 1, 23, 59, 59, 999999), {}), ((2000, 1, 1), dict(tzinfo=est, fold=1)),
                 ((2000, 1, 32), {}), ((2000, 1, 1, 24), {}), ((2000, 1, 1), dict(tzinfo=5)), ((2000,), {}),
                 ((2000, 1, 1, 1, 1, 1, 1, None, 1), {})]:
    t(lambda: datetime(*args, **kw))
dt = datetime(2002, 3, 4, 5, 6, 7, 8, tzinfo=odd)
nv = datetime(2002, 3, 4, 5, 6, 7)
for f in [lambda: dt.isoformat(), lambda: str(dt), lambda: dt.isoformat(' ', 'seconds'), lambda: nv.isoformat(sep='\u20ac'),
          lambda: dt.isoformat(sep='ab'), lambda: dt.isoformat(sep=1), lambda: repr(nv), lambda: repr(dt),
          lambda: dt.date(), lambda: dt.time(), lambda: dt.timetz(), lambda: dt.utcoffset(), lambda: dt.tzname(),
          lambda: dt.dst(), lambda: dt.timetuple(), lambda: dt.utctimetuple(), lambda: nv.utctimetuple(),
          lambda: dt.ctime(), lambda: dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z %%z'), lambda: est.tzname(None),
          lambda: dt.timestamp(), lambda: datetime(1970, 1, 1, tzinfo=utc).timestamp(),
          lambda: datetime(2000, 1, 1, 0, 0, 0, 1, tzinfo=utc).timestamp(),
          lambda: dt + timedelta(days=1000, microseconds=999999), lambda: dt - timedelta(hours=30),
          lambda: dt - nv, lambda: dt - datetime(2002, 3, 4, tzinfo=est), lambda: nv - datetime(2001, 1, 1),
          lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: dt == nv, lambda: dt != nv, lambda: dt < nv, lambda: dt > datetime(2002, 3, 3, tzinfo=est),
          lambda: dt == datetime(2002, 3, 3, 23, 35, 52, 8, tzinfo=utc), lambda: hash(dt) == hash(dt.astimezone(utc)),
          lambda: dt.astimezone(utc), lambda: dt.astimezone(est), lambda: dt.astimezone(odd) is dt,
          lambda: dt.replace(tzinfo=None), lambda: dt.replace(year=2004, month=2, day=29, fold=1),
          lambda: dt.replace(month=2, day=30), lambda: dt.__reduce__(), lambda: dt.replace(fold=1).__reduce_ex__(4),
          lambda: datetime(b'\x07\xd2\x83\x04\x05\x06\x07\x00\x00\x08'), lambda: datetime(b'\x07\xd2\x03\x04\x05\x06\x07\x00\x00\x08', utc),
          lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=est)), lambda: datetime.combine(date(2000, 1, 2), time(3, 4), utc),
          lambda: datetime.combine(1, 2), lambda: datetime.combine(date(2000, 1, 1), 2),
          lambda: datetime.fromisoformat('2000-01-02'), lambda: datetime.fromisoformat('2000-01-02T03:04:05.678+01:00'),
          lambda: datetime.fromisoformat('2000-01-02 03:04'), lambda: datetime.fromisoformat('20000102T030405Z'),
          lambda: datetime.fromisoformat('2000-W01-2T03'), lambda: datetime.fromisoformat('2000W012T03'),
          lambda: datetime.fromisoformat('2000W01T03'), lambda: datetime.fromisoformat('2000-01-02T'),
          lambda: datetime.fromisoformat('2000-01-02X03:04'), lambda: datetime.fromisoformat('2000-01-0203:04'),
          lambda: datetime.fromisoformat('2000'), lambda: datetime.fromisoformat('2000-01-02T03:04:05.1234567'),
          lambda: datetime.utcfromtimestamp(0), lambda: datetime.utcfromtimestamp(1e9 + 0.5e-6),
          lambda: datetime.utcfromtimestamp(1e9 + 1.5e-6), lambda: datetime.utcfromtimestamp(-1.5e-6),
          lambda: datetime.utcfromtimestamp(-0.9999996), lambda: datetime.fromtimestamp(0, utc),
          lambda: datetime.fromtimestamp(1234567890.123456, est), lambda: datetime.fromtimestamp(float('nan')),
          lambda: datetime.fromtimestamp(1e20), lambda: datetime.utcfromtimestamp(-1e12),
          lambda: datetime.strptime('2001-02-03 04:05', '%Y-%m-%d %H:%M'), lambda: datetime.min, lambda: datetime.max,
          lambda: datetime.resolution, lambda: type(datetime.now()), lambda: datetime.now(utc).tzinfo,
          lambda: type(datetime.utcnow()), lambda: datetime.now(5), lambda: nv.strftime(5)]:
    t(f)

# tzinfo / timezone
class FixedOffset(tzinfo):
    def __init__(self, offset, name, dstoffset=42):
        self.__offset = timedelta(minutes=offset)
        self.__name = name
        self.__dstoffset = timedelta(minutes=dstoffset)
    def __repr__(self):
        return self.__name.lower()
    def utcoffset(self, dt):
        return self.__offset
    def tzname(self, dt):
        return self.__name
    def dst(self, dt):
        return self.__dstoffset
fo = FixedOffset(-300, 'EST', 1)
for f in [lambda: datetime(2000, 1, 1, tzinfo=fo), lambda: datetime(2000, 1, 1, tzinfo=fo).utcoffset(),
          lambda: datetime(2000, 1, 1, tzinfo=fo).dst(), lambda: datetime(2000, 1, 1, tzinfo=fo).timetuple(),
          lambda: datetime(2000, 1, 1, tzinfo=utc).astimezone(fo), lambda: fo.fromutc(datetime(2000, 1, 1, tzinfo=fo)),
          lambda: pickle.loads(pickle.dumps(fo)).__dict__, lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None),
          lambda: tzinfo().dst(None), lambda: tzinfo().fromutc(1), lambda: tzinfo().__reduce__(),
          lambda: utc, lambda: est, lambda: odd, lambda: str(odd), lambda: timezone(timedelta(0)), lambda: timezone(timedelta(0), 'x'),
          lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5),
          lambda: timezone(offset=timedelta(1, -1)), lambda: timezone.min, lambda: timezone.max, lambda: utc == timezone(timedelta(0), 'Z'),
          lambda: utc < utc, lambda: hash(utc) == hash(timedelta(0)), lambda: utc.__reduce__(), lambda: est.__reduce__(),
          lambda: est.__getinitargs__(), lambda: utc.utcoffset(5), lambda: utc.tzname(None), lambda: utc.fromutc(datetime(1, 1, 1)),
          lambda: est.fromutc(datetime(2000, 1, 1, tzinfo=est)), lambda: timezone(timedelta(seconds=-1)).tzname(None),
          lambda: D.UTC is utc, lambda: D.MINYEAR, lambda: D.MAXYEAR, lambda: issubclass(timezone, tzinfo),
          lambda: isinstance(datetime(1, 1, 1), date), lambda: datetime.__mro__, lambda: timezone.__mro__]:
    t(f)
class BadTz(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 5
    def dst(self, dt): return timedelta(days=2)
for f in [lambda: datetime(2000, 1, 1, tzinfo=BadTz()).utcoffset(), lambda: datetime(2000, 1, 1, tzinfo=BadTz()).tzname(),
          lambda: datetime(2000, 1, 1, tzinfo=BadTz()).dst(), lambda: time(tzinfo=BadTz()).isoformat()]:
    t(f)

# pickles: round trips and bytes identical to CPython's
objs = [timedelta(1, 2, 3), date(2000, 1, 2), time(1, 2, 3, 4, fold=1), time(1, tzinfo=est),
        datetime(2000, 1, 2, 3, 4, 5, 6, fold=1), datetime(2000, 1, 2, tzinfo=utc), utc, est, odd, dt]
for o in objs:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.dumps(o, proto)
        r = pickle.loads(s)
        # protocols 4 and 5 memoize strings by identity, an encoding choice: only the value must match there
        print(proto, r == o, repr(r), s.hex() if proto < 4 else type(r).__name__)
    print(copy.copy(o) == o, copy.deepcopy(o) == o)

cpython_pickles = [
    '80049557000000000000008c086461746574696d65948c086461746574696d65949394430a07d001020000000000009468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944b004b004b0087945294859452948694529' '42e',
    '8004955b000000000000008c086461746574696d65948c0474696d6594939443060100000000009468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944affffffff4a300b01004b00879452948c0345535494869452948694529' '42e',
]
for h in cpython_pickles:
    print(repr(pickle.loads(bytes.fromhex(h))))
