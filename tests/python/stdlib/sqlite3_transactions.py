# sqlite3: implicit transactions (3.11's isolation_level), commit, rollback, the context manager.
import sqlite3
import os
import tempfile

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t(x)")
print("after create", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction, con.total_changes)
con.execute("select * from t").fetchall()
print("after select", con.in_transaction)
con.rollback()
print("after rollback", con.in_transaction, con.execute("select count(*) from t").fetchone())
con.execute("insert into t values (2)")
con.commit()
print("after commit", con.in_transaction, con.execute("select * from t").fetchall())
con.commit()
con.rollback()

# Explicit BEGIN, SAVEPOINT, and a cursor reading across a rollback.
con.execute("begin")
print("begin", con.in_transaction)
con.execute("insert into t values (3)")
con.execute("savepoint sp")
con.execute("insert into t values (4)")
con.execute("rollback to sp")
print("rollback to", con.in_transaction, con.execute("select * from t order by x").fetchall())
con.execute("release sp")
con.execute("commit")
print("commit", con.in_transaction)
con.executemany("insert into t values (?)", [(5,), (6,)])
cur = con.execute("select x from t order by x")
print(cur.fetchone())
con.rollback()
print("cursor after rollback", cur.fetchall())

# Context manager: commit on success, rollback on exception, returns the connection.
with con as c:
    print(c is con)
    con.execute("insert into t values (10)")
print("with ok", con.in_transaction, con.execute("select max(x) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (11)")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
print("with error", con.in_transaction, con.execute("select max(x) from t").fetchone())
try:
    with con:
        con.execute("insert into t values ('dup')")
        con.execute("create table t(x)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("select count(*) from t where x = 'dup'").fetchone())

# Autocommit: isolation_level None.
con.isolation_level = None
print(repr(con.isolation_level))
con.execute("insert into t values (20)")
print("autocommit", con.in_transaction)
for level in ("DEFERRED", "immediate", "EXCLUSIVE", ""):
    con.isolation_level = level
    con.execute("insert into t values (21)")
    print(repr(con.isolation_level), con.in_transaction)
    con.commit()
try:
    con.isolation_level = "SERIALIZABLE"
except ValueError as e:
    print("ValueError", e)
con.isolation_level = "DEFERRED"
con.execute("insert into t values (22)")
con.isolation_level = None  # commits the open transaction
print("set None", con.in_transaction)

# executescript commits first, then runs its statements as they are.
con.isolation_level = ""
con.execute("insert into t values (30)")
print(con.in_transaction)
con.executescript("insert into t values (31); begin; insert into t values (32);")
print("script", con.in_transaction)
con.rollback()
print(con.execute("select x from t where x >= 30 order by x").fetchall())

# Two connections to one file see only committed rows.
d = tempfile.mkdtemp()
path = os.path.join(d, "tx.db")
a = sqlite3.connect(path)
b = sqlite3.connect(path, timeout=0.1)
a.execute("create table u(x)")
a.commit()
a.execute("insert into u values (1)")
print("b before commit", b.execute("select count(*) from u").fetchone())
try:
    b.execute("insert into u values (2)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
b.rollback()
a.commit()
print("b after commit", b.execute("select count(*) from u").fetchone())
a.close()
b.close()
os.remove(path)
os.rmdir(d)
