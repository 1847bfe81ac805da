# sqlite3: Python values to SQLite and back, text_factory, adapters, converters, detect_types.
import sqlite3
import datetime
import decimal

con = sqlite3.connect(":memory:")
con.execute("create table v(x)")
values = [None, 0, -1, 2**63 - 1, -2**63, 3.25, -0.0, 1e300, "", "héllo ☃ 𝄞", "a\x00b",
          b"", b"\x00\x01\xff", bytearray(b"ba"), memoryview(b"mv"), True, False]
for v in values:
    con.execute("insert into v values (?)", (v,))
for row in con.execute("select x, typeof(x) from v order by rowid"):
    print(repr(row[0]), row[1])

for bad in (2**63, -2**63 - 1, 2**100):
    try:
        con.execute("select ?", (bad,))
    except OverflowError as e:
        print("OverflowError", e)
for bad in (object(), [1], {1: 2}, 1j, sqlite3.Row):
    try:
        con.execute("select ?", (bad,))
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)

class MyInt(int):
    pass
class MyStr(str):
    pass
print(con.execute("select ?, ?, typeof(?)", (MyInt(5), MyStr("s"), MyInt(6))).fetchone())

# text_factory
con.text_factory = bytes
print(con.execute("select 'abc', 'é'").fetchone())
con.text_factory = bytearray
print(con.execute("select 'abc'").fetchone())
con.text_factory = lambda b: b.decode("utf-8").upper()
print(con.execute("select 'abc', x'41', 1").fetchone())
con.text_factory = str

# Adapters.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def adapt_point(p):
    return "%f;%f" % (p.x, p.y)

def convert_point(s):
    x, y = map(float, s.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print(sqlite3.adapt(Point(1, 2)))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())

d = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
d.execute("create table p(p point, n integer, d date, ts timestamp)")
d.execute("insert into p values (?, ?, ?, ?)",
          (Point(4.0, -3.5), 7, datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 13, 45, 1, 250)))
row = d.execute("select p, n, d, ts from p").fetchone()
print(row, [type(x).__name__ for x in row])
cur = d.execute('select p as "p [point]", d as "d [date]", \'1.5;2\' as "q [point]" from p')
print(cur.fetchone(), [c[0] for c in cur.description])
d.execute("insert into p(p) values (NULL)")
print(d.execute("select p from p where p is null").fetchone())

# Converter names are case-insensitive; decltype stops at '(' or a blank.
sqlite3.register_converter("MyNum", lambda b: int(b) * 10)
e = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
e.execute("create table t(a mynum(5), b MYNUM not null, c text)")
e.execute("insert into t values (1, 2, 'x')")
print(e.execute("select * from t").fetchone())
print(sorted(k for k in sqlite3.converters if k in ("POINT", "MYNUM", "DATE", "TIMESTAMP")))

# Floats and big/small integers round-trip exactly.
for x in (0.1, 1 / 3, 2.0**-1074, float("inf"), -float("inf")):
    print(repr(con.execute("select ?", (x,)).fetchone()[0]))
print(con.execute("select ?", (float("nan"),)).fetchone())
print(con.execute("select 9223372036854775807 + 0, -9223372036854775808, 1.5e10, x'00ff'").fetchone())
