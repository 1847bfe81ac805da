# sqlite3.connect(uri=True) with a relative file: URI opens the file in the directory os.chdir
# made current, also when that directory's name has characters a URI must escape.
import os
import sqlite3
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    odd = os.path.join(d, "a b#c?d%20e")
    os.mkdir(odd)
    for where in (d, odd):
        os.chdir(where)
        c = sqlite3.connect("file:made.db", uri=True)
        c.execute("create table t(x)")
        c.execute("insert into t values (7)")
        c.commit()
        c.close()
        print("made here:", os.path.exists(os.path.join(where, "made.db")),
              "not at the start:", not os.path.exists(os.path.join(start, "made.db")))
        c = sqlite3.connect("file:made.db?mode=ro", uri=True)
        print("read only:", c.execute("select x from t").fetchall())
        try:
            c.execute("insert into t values (8)")
        except sqlite3.OperationalError as e:
            print("refused:", e)
        c.close()
        try:
            sqlite3.connect("file:absent.db?mode=ro", uri=True)
        except sqlite3.OperationalError as e:
            print("absent:", e)
        c = sqlite3.connect("file::memory:", uri=True)
        print("memory:", c.execute("select 1").fetchone())
        c.close()
        c = sqlite3.connect("file:" + os.path.join(where, "made.db").replace("%", "%25").replace("#", "%23").replace("?", "%3f"), uri=True)
        print("absolute:", c.execute("select count(*) from t").fetchone())
        c.close()
        # with uri=True, a name that is not a lower-case file: URI is a plain file name
        for name in ("plain.db", "FILE:upper.db"):
            sqlite3.connect(name, uri=True).close()
            print(name, "made here:", os.path.exists(os.path.join(where, name)),
                  "not at the start:", not os.path.exists(os.path.join(start, name)))
    os.chdir(start)
