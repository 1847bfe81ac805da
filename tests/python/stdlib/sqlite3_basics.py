# sqlite3: tables, both parameter styles, queries, cursors, Row, executemany/executescript.
import sqlite3
import os
import tempfile

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
cur.execute("create table people(id integer primary key, name text not null, age integer, score real)")
print(cur.rowcount, cur.description)
cur.execute("insert into people(name, age, score) values (?, ?, ?)", ("ann", 31, 9.5))
print(cur.rowcount, cur.lastrowid)
cur.execute("insert into people(name, age, score) values (:name, :age, :score)",
            {"name": "bob", "age": 25, "score": None})
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age) values (?, ?)", [("cy", 40), ("di", 19), ("ed", 52)])
print("executemany rowcount", cur.rowcount)
cur.executemany("insert into people(name) values (?)", iter([("fay",), ("gus",)]))
print("iterator rowcount", cur.rowcount)
cur.execute("update people set age = age + 1 where age > ?", (30,))
print("update rowcount", cur.rowcount)
cur.execute("delete from people where name = 'gus'")
print("delete rowcount", cur.rowcount)

cur.execute("select id, name, age, score from people order by id")
print(cur.rowcount, [d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())

for row in con.execute("select name, age from people where age is not null order by age desc"):
    print(row)
print(list(con.execute("select count(*), sum(age), avg(age), max(name) from people")))

# Row access.
con.row_factory = sqlite3.Row
r = con.execute("select id, name as Name, age from people where id = 1").fetchone()
print(type(r).__name__, r.keys(), len(r), r[0], r[-1], r["name"], r["NAME"], r["Age"], tuple(r), r[1:])
r2 = con.execute("select id, name as Name, age from people where id = 1").fetchone()
print(r == r2, r != r2, isinstance(hash(r), int))
for bad in ("nope", 5, 1.5):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError", e)
con.row_factory = None
cur2 = con.cursor()
cur2.row_factory = lambda c, row: {d[0]: v for d, v in zip(c.description, row)}
print(cur2.execute("select name, age from people where id = 2").fetchone())

# executescript and the shortcuts on the connection.
con.executescript("""
    create table t(a, b);
    insert into t values (1, 'x');
    insert into t values (2, 'y;z');  -- a semicolon inside a string
    /* a comment; with a semicolon */
    create trigger tr after insert on t begin
        update t set b = upper(b) where a = new.a;
    end;
    insert into t values (3, 'w');
""")
print(con.execute("select * from t order by a").fetchall())
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("select ';"))

# Statement text with comments and blank tails.
print(con.execute("  -- leading comment\n select 7 /* trailing */ ;  ").fetchall())
print(con.execute("select ? || ?", ("a", "b")).fetchone(), con.execute("select ?1 + ?1", (4,)).fetchone())

# A database in a file, opened again.
d = tempfile.mkdtemp()
path = os.path.join(d, "test.db")
f = sqlite3.connect(path)
f.execute("create table kv(k text primary key, v)")
f.executemany("insert into kv values (?, ?)", [("a", 1), ("b", 2.5), ("c", b"\x00\xff")])
f.commit()
f.close()
g = sqlite3.connect(path)
print(g.execute("select * from kv order by k").fetchall())
g.close()
os.remove(path)
os.rmdir(d)
print("done")
