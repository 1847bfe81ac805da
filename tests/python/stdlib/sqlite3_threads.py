# sqlite3: a connection waiting for another's lock lets other threads run (the GIL is released
# while SQLite waits), and check_same_thread.
import sqlite3
import os
import tempfile
import threading
import time

d = tempfile.mkdtemp()
path = os.path.join(d, "t.db")
a = sqlite3.connect(path, check_same_thread=False)
a.execute("create table t(x)")
a.commit()
a.execute("insert into t values (1)")
print("a holds a write transaction:", a.in_transaction)

def finish():
    time.sleep(0.2)
    a.commit()

th = threading.Thread(target=finish)
th.start()
b = sqlite3.connect(path, timeout=60)
b.execute("insert into t values (2)")
b.commit()
th.join()
print(b.execute("select x from t order by x").fetchall())

errors = []
def use_other_thread():
    try:
        b.execute("select 1")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).split(". ")[0])

t2 = threading.Thread(target=use_other_thread)
t2.start()
t2.join()
print(errors)

shared = sqlite3.connect(":memory:", check_same_thread=False)
shared.execute("create table n(i)")
def writer(k):
    for i in range(50):
        shared.execute("insert into n values (?)", (k * 1000 + i,))
threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.execute("select count(*), count(distinct i) from n").fetchone())
a.close()
b.close()
os.remove(path)
os.rmdir(d)
