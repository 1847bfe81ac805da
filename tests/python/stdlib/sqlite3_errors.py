# sqlite3: the exception hierarchy and the messages CPython's module raises.
import sqlite3

for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:]], getattr(sqlite3.Connection, name) is cls)

con = sqlite3.connect(":memory:")
con.execute("create table t(x unique not null, y check (y > 0))")
con.execute("insert into t values (1, 1)")

def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        extra = ""
        if isinstance(e, sqlite3.Error) and hasattr(e, "sqlite_errorcode"):
            extra = " [%s %s]" % (e.sqlite_errorcode, e.sqlite_errorname)
        print(type(e).__name__, e, extra)

attempt(con.execute, "select * from nope")
attempt(con.execute, "selec 1")
attempt(con.execute, "insert into t values (1, 2)")
attempt(con.execute, "insert into t values (NULL, 2)")
attempt(con.execute, "insert into t values (2, -1)")
attempt(con.execute, "select 1; select 2")
attempt(con.execute, "select ?, ?", (1,))
attempt(con.execute, "select ?", (1, 2))
attempt(con.execute, "select :a, :b", {"a": 1})
attempt(con.execute, "select ?", {"a": 1})
attempt(con.execute, "select ?", 5)
attempt(con.execute, "select \0")
attempt(con.execute, 42)
attempt(con.executemany, "select ?", [(1,)])
attempt(con.execute, "select nosuchfunc(1)")
attempt(con.execute, "select x from t group by")
attempt(lambda: con.execute("select * from t").fetchall())
attempt(sqlite3.connect, ":memory:", 5.0, 0, "bogus")
attempt(sqlite3.connect, ":memory:", 5.0, 0, 7)
attempt(sqlite3.connect, "/nonexistent-dir/sub/db.sqlite")
attempt(lambda: con.cursor(factory=lambda c: 5))
attempt(sqlite3.Cursor, 5)

class D(dict):
    def __missing__(self, key):
        return "missing " + key
print(con.execute("select :a, :b", D(a=1)).fetchone())

closed = sqlite3.connect(":memory:")
cur = closed.cursor()
closed.close()
closed.close()
for f in (lambda: closed.execute("select 1"), lambda: closed.cursor(), lambda: closed.commit(),
          lambda: closed.total_changes, lambda: closed.in_transaction, lambda: cur.execute("select 1"),
          lambda: closed.create_function("f", 0, int)):
    attempt(f)

c2 = con.cursor()
c2.close()
attempt(c2.execute, "select 1")
attempt(c2.fetchall)

# Errors inside user functions.
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("odd", 0, lambda: object())
con.create_function("huge", 0, lambda: 2**70)
attempt(lambda: con.execute("select boom()").fetchall())
attempt(lambda: con.execute("select odd()").fetchall())
attempt(lambda: con.execute("select huge()").fetchall())

class NoStep:
    def finalize(self):
        return 1
class BadInit:
    def __init__(self):
        raise ValueError
    def step(self, x):
        pass
    def finalize(self):
        return 0
con.create_aggregate("nostep", 1, NoStep)
con.create_aggregate("badinit", 1, BadInit)
attempt(lambda: con.execute("select nostep(x) from t").fetchall())
attempt(lambda: con.execute("select badinit(x) from t").fetchall())
attempt(con.create_collation, "c", 5)
attempt(con.create_function, "f", 1, int, True)
