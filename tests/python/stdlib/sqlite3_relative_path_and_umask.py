# sqlite3.connect with a relative file name opens it in the directory os.chdir made current, and
# a database file it creates gets 0644 less the program's os.umask, as under CPython.
import os
import sqlite3
import stat
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    old = os.umask(0o077)
    c = sqlite3.connect("rel.db")
    c.execute("create table t(x)")
    c.execute("insert into t values (1)")
    c.commit()
    c.close()
    print("created in the new directory:", os.path.exists(os.path.join(d, "rel.db")))
    print("mode under 077:", stat.filemode(os.stat("rel.db").st_mode))
    os.umask(0o027)
    sqlite3.connect(os.path.join(d, "abs.db")).close()
    print("mode under 027:", stat.filemode(os.stat("abs.db").st_mode))
    os.umask(0o022)
    os.mkdir("sub")
    os.chdir("sub")
    c = sqlite3.connect(os.path.join("..", "rel.db"))
    print("reopened through ..:", c.execute("select x from t").fetchall())
    c.close()
    print("an existing file keeps its mode:", stat.filemode(os.stat("../rel.db").st_mode))
    c = sqlite3.connect(":memory:")
    print("memory:", c.execute("select 2").fetchone())
    c.close()
    os.umask(old)
    os.chdir(start)
