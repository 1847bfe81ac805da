# sqlite3: user functions, aggregates, window functions, collations, iterdump, backup.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(name text, n integer, f real, b blob)")
con.executemany("insert into t values (?, ?, ?, ?)",
                [("b", 1, 0.5, b"x"), ("A", 2, 1.5, None), ("c", 3, None, b""), ("a", 4, 2.0, b"yz")])

con.create_function("twice", 1, lambda v: v * 2 if v is not None else None)
con.create_function("kinds", -1, lambda *a: ",".join(type(x).__name__ for x in a))
con.create_function("pi", 0, lambda: 3.14159, deterministic=True)
print(con.execute("select twice(n), twice(name), twice(f), twice(b) from t order by n").fetchall())
print(con.execute("select kinds(1, 2.5, 'x', x'00', NULL), kinds(), pi()").fetchone())
con.create_function("twice", 1, lambda v: "replaced")
print(con.execute("select twice(1)").fetchone())
con.create_function("twice", 1, None)
try:
    con.execute("select twice(1)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)

class Median:
    def __init__(self):
        self.values = []
    def step(self, v):
        if v is not None:
            self.values.append(v)
    def finalize(self):
        if not self.values:
            return None
        s = sorted(self.values)
        return s[len(s) // 2]

con.create_aggregate("median", 1, Median)
print(con.execute("select median(n), median(f), median(name) from t").fetchone())
print(con.execute("select median(n) from t where n > 100").fetchone())
print(con.execute("select name, median(n) from t group by lower(name) order by 1").fetchall())

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, *args):
        self.parts.append("|".join(map(str, args)))
    def finalize(self):
        return ";".join(self.parts)
con.create_aggregate("cat", -1, Concat)
print(con.execute("select cat(n, name) from (select * from t order by n)").fetchone())

class WindowSum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def inverse(self, v):
        self.total -= v
    def value(self):
        return self.total
    def finalize(self):
        return self.total
con.create_window_function("wsum", 1, WindowSum)
print(con.execute("select n, wsum(n) over (order by n rows between 1 preceding and 1 following) "
                  "from t order by n").fetchall())

def nocase_reverse(a, b):
    a, b = a.lower(), b.lower()
    return (a < b) - (a > b)
con.create_collation("rev", nocase_reverse)
print(con.execute("select name from t order by name collate rev, n").fetchall())

# Progress handler can abort a statement.
calls = []
def handler():
    calls.append(1)
    return len(calls) > 2
con.set_progress_handler(handler, 1)
try:
    con.execute("with recursive c(x) as (select 1 union all select x + 1 from c where x < 100000) "
                "select count(*) from c").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.set_progress_handler(None, 1)
print(con.execute("select count(*) from t").fetchone())

# iterdump and backup.
con.execute("create index ix on t(n)")
con.execute("create view v as select name from t")
con.commit()
for line in con.iterdump():
    print(line)
dst = sqlite3.connect(":memory:")
con.backup(dst)
print(dst.execute("select name, n from t order by n").fetchall())
print(dst.execute("select * from v order by 1").fetchall())
steps = []
con.backup(sqlite3.connect(":memory:"), pages=-1, progress=lambda *a: steps.append(a[0]))
print(steps[-1])
data = con.serialize()
other = sqlite3.connect(":memory:")
other.deserialize(data)
print(other.execute("select count(*) from t").fetchone())
