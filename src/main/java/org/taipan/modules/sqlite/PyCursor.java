package org.taipan.modules.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code sqlite3.Cursor} (CPython 3.11's {@code cursor.c}): runs statements with
 * {@code execute}, {@code executemany} and {@code executescript}, and reads the rows of the
 * current one ({@code fetchone}, {@code fetchmany}, {@code fetchall}, iteration), converting
 * SQLite values to Python ones (with the converters {@code detect_types} selects, the text
 * factory and the row factory). The first step runs in {@code execute}; each fetch returns the
 * current row and steps to the next.
 */
class PyCursor extends PyObject {
    static final PyType TYPE = PyType.builtin("sqlite3.Cursor", PyType.OBJECT).markOwnLayout();

    static final int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_TEXT = 3, SQLITE_BLOB = 4;
    static final int PARSE_DECLTYPES = 1, PARSE_COLNAMES = 2;

    static {
        PyType t = TYPE;
        t.addAttr("__module__", PyStr.of("sqlite3"));
        t.addAttr("__doc__", PyStr.of("SQLite database cursor class."));
        t.tp_new = (type, a, k) -> type == TYPE ? new PyCursor(type) : new Sub(type);
        t.tp_init = (self, a, k) -> {
            Args.noKeywords("Cursor", k);
            if (a.length != 1) {
                throw Errors.typeError("Cursor expected 1 argument, got %d", a.length);
            }
            if (!a[0].type().isSubtypeOf(ConnectionMethods.TYPE)) {
                throw Errors.typeError("Cursor() argument 1 must be sqlite3.Connection, not %s", a[0].type().name());
            }
            ((PyCursor) self).init((PyConnection) a[0]);
        };
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((PyCursor) o).next();
        t.addMethod("execute", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("execute", a, k, 2, "sql", "parameters");
            return ((PyCursor) self).execute(sqlArg("execute", v[0]), v[1] == null ? PyTuple.EMPTY : v[1], false);
        });
        t.addMethod("executemany", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("executemany", a, k, 2, "sql", "seq_of_parameters");
            if (v[1] == null) {
                throw Errors.typeError("executemany expected 2 arguments, got %d", a.length);
            }
            return ((PyCursor) self).execute(sqlArg("executemany", v[0]), v[1], true);
        });
        t.addMethod("executescript", (self, a, k) -> {
            PyObject script = Args.oneArg("executescript", a, k);
            if (!(script instanceof PyStr s)) {
                throw Errors.typeError("executescript() argument must be str, not %s", script.type().name());
            }
            Statement.checkEncodable(s);
            return ((PyCursor) self).executescript(s.toString());
        });
        t.addMethod("fetchone", (self, a, k) -> {
            Args.noArgs("fetchone", a, k);
            PyObject r = ((PyCursor) self).next();
            return r == null ? PyNone.NONE : r;
        });
        t.addMethod("fetchmany", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("fetchmany", a, k, 0, "size");
            PyCursor c = (PyCursor) self;
            int n = v[0] == null ? c.arraysize : Args.cInt(v[0]);
            PyList r = new PyList();
            for (int i = 0; i < n || n <= 0 && i == 0; i++) {
                PyObject row = c.next();
                if (row == null) {
                    break;
                }
                r.append(row);
                if (n <= 0) {
                    break;
                }
            }
            return r;
        });
        t.addMethod("fetchall", (self, a, k) -> {
            Args.noArgs("fetchall", a, k);
            PyCursor c = (PyCursor) self;
            PyList r = new PyList();
            for (PyObject row = c.next(); row != null; row = c.next()) {
                r.append(row);
            }
            return r;
        });
        t.addMethod("close", (self, a, k) -> {
            Args.noArgs("close", a, k);
            ((PyCursor) self).close();
            return PyNone.NONE;
        });
        t.addMethod("setinputsizes", (self, a, k) -> {
            Args.oneArg("setinputsizes", a, k);
            return PyNone.NONE;
        });
        t.addMethod("setoutputsize", (self, a, k) -> {
            Args.check("setoutputsize", a, k, 1, 2);
            return PyNone.NONE;
        });
        member(t, "connection", c -> c.connection == null ? PyNone.NONE : c.connection, null);
        member(t, "description", c -> c.description, null);
        member(t, "lastrowid", c -> c.lastrowid, null);
        member(t, "rowcount", c -> PyInt.of(c.rowcount), null);
        member(t, "arraysize", c -> PyInt.of(c.arraysize), (c, v) -> c.arraysize = Args.cInt(v));
        member(t, "row_factory", c -> c.rowFactory, (c, v) -> c.rowFactory = v);
        t.ready();
        org.taipan.modules.weakref.Weakrefable.allow(t);
    }

    private static void member(PyType t, String name, java.util.function.Function<PyCursor, PyObject> get,
                               java.util.function.BiConsumer<PyCursor, PyObject> set) {
        t.addAttr(name, new PyGetSetDescr(t, name, o -> get.apply((PyCursor) o), set == null ? null : (o, v) -> {
            if (v == null) {
                throw Errors.typeError("can't delete attribute");
            }
            set.accept((PyCursor) o, v);
        }));
    }

    static PyStr sqlArg(String fname, PyObject o) {
        if (o == null) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", fname);
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 1 must be str, not %s", fname, o.type().name());
        }
        return s;
    }

    private final PyType type;
    PyConnection connection;
    private Statement statement;
    /** Whether {@link #statement} stands on a row not yet returned. */
    private boolean hasRow;
    PyObject description = PyNone.NONE;
    PyObject lastrowid = PyNone.NONE;
    long rowcount = -1;
    int arraysize = 1;
    PyObject rowFactory = PyNone.NONE;
    private boolean initialized, closed, locked;
    private PyObject[] converters;

    PyCursor(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static final class Sub extends PyCursor implements HasDict {
        private PyDict dict;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }
    }

    /** {@code pysqlite_cursor_init}. */
    void init(PyConnection c) {
        if (locked) {
            throw SqliteErrors.programming("Recursive use of cursors not allowed.");
        }
        connection = c;
        statement = null;
        description = PyNone.NONE;
        lastrowid = PyNone.NONE;
        arraysize = 1;
        closed = false;
        rowcount = -1;
        rowFactory = PyNone.NONE;
        c.checkThread();
        initialized = true;
    }

    /** {@code check_cursor}. */
    private void check() {
        if (!initialized) {
            throw SqliteErrors.programming("Base Cursor.__init__ not called.");
        }
        if (closed) {
            throw SqliteErrors.programming("Cannot operate on a closed cursor.");
        }
        if (locked) {
            throw SqliteErrors.programming("Recursive use of cursors not allowed.");
        }
        connection.check();
    }

    private void dropStatement() {
        if (statement != null && !statement.isFinalized()) {
            connection.done(statement);
        }
        statement = null;
        hasRow = false;
    }

    /** {@code _pysqlite_query_execute}: runs {@code sql} once, or once per parameter set when {@code many}. */
    PyObject execute(PyStr sql, PyObject params, boolean many) {
        check();
        locked = true;
        try {
            PyObject iter = many ? Abstract.iter(params) : null;
            dropStatement();
            description = PyNone.NONE;
            rowcount = 0;
            PyConnection c = connection;
            Statement.checkEncodable(sql);
            String text = sql.toString();
            Statement s = c.statement(text);
            if (s == null) {
                // Only blanks and comments: nothing runs (CPython's statement is empty).
                rowcount = -1;
                return this;
            }
            statement = s;
            s.inUse = true;
            if (!s.isReadOnly()) {
                c.rowidStale = true;
            }
            if (many && s.isReadOnly()) {
                throw SqliteErrors.programming("executemany() can only execute DML statements.");
            }
            if (c.isolationLevel != null && s.isDml) {
                c.beginIfNeeded();
            }
            PyObject p = many ? Abstract.next(iter) : params;
            while (p != null) {
                s.reset();
                s.inUse = true;
                s.bind(c.state, p);
                c.callbackFailure = null;
                c.trace(text);
                int rc = s.step(c.mayReleaseGil());
                if (rc != Statement.SQLITE_ROW && rc != Statement.SQLITE_DONE) {
                    PyException e = c.stepError(rc);
                    s.reset();
                    throw e;
                }
                c.afterStatement(s);
                buildConverters(s);
                int ncols = s.columnCount();
                if (description == PyNone.NONE && ncols > 0) {
                    PyObject[] d = new PyObject[ncols];
                    for (int i = 0; i < ncols; i++) {
                        PyObject n = columnName(s, i);
                        d[i] = PyTuple.of(n, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                                PyNone.NONE);
                    }
                    description = new PyTuple(d);
                }
                if (s.isDml) {
                    rowcount += changes();
                } else {
                    rowcount = -1;
                }
                hasRow = rc == Statement.SQLITE_ROW;
                if (!many) {
                    break;
                }
                s.reset();
                p = Abstract.next(iter);
            }
            if (!hasRow) {
                dropStatement();
            }
            if (!many) {
                lastrowid = PyInt.of(c.lastInsertRowid());
            }
            return this;
        } catch (PyException e) {
            rowcount = -1;
            dropStatement();
            throw e;
        } finally {
            locked = false;
        }
    }

    private long changes() {
        try {
            return connection.db.changes();
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(connection.db, e);
        }
    }

    private PyObject columnName(Statement s, int i) {
        String name;
        try {
            name = connection.db.column_name(s.st, i);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(connection.db, e);
        }
        if ((connection.detectTypes & PARSE_COLNAMES) != 0) {
            int b = name.indexOf('[');
            if (b >= 0) {
                name = name.substring(0, b > 0 && name.charAt(b - 1) == ' ' ? b - 1 : b);
            }
        }
        return PyStr.of(name);
    }

    /** {@code pysqlite_build_row_cast_map}: the converter of each column, by column name and declared type. */
    private void buildConverters(Statement s) {
        converters = null;
        int detect = connection.detectTypes;
        if (detect == 0) {
            return;
        }
        int n = s.columnCount();
        PyObject[] map = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject conv = null;
            try {
                if ((detect & PARSE_COLNAMES) != 0) {
                    String name = connection.db.column_name(s.st, i);
                    int open = name.indexOf('[');
                    int close = open < 0 ? -1 : name.indexOf(']', open + 1);
                    if (close >= 0) {
                        conv = converter(name.substring(open + 1, close));
                    }
                }
                if (conv == null && (detect & PARSE_DECLTYPES) != 0) {
                    String decl = connection.db.column_decltype(s.st, i);
                    if (decl != null) {
                        int end = 0;
                        while (end < decl.length() && decl.charAt(end) != ' ' && decl.charAt(end) != '(') {
                            end++;
                        }
                        conv = converter(decl.substring(0, end));
                    }
                }
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(connection.db, e);
            }
            map[i] = conv;
        }
        converters = map;
    }

    private PyObject converter(String name) {
        PyObject key = Callables.callAttr(PyStr.of(name), "upper");
        return connection.state.converters.getItem(key);
    }

    /** {@code pysqlite_cursor_iternext}: the current row, after which the statement steps; null at the end. */
    PyObject next() {
        check();
        if (statement == null) {
            return null;
        }
        if (!hasRow || statement.isFinalized()) {
            // A finalized statement: its connection was closed and opened again (__init__).
            dropStatement();
            return null;
        }
        Statement s = statement;
        PyObject row;
        locked = true;
        try {
            row = fetchRow(s);
        } finally {
            locked = false;
        }
        connection.callbackFailure = null;
        int rc = s.step(connection.mayReleaseGil());
        if (rc == Statement.SQLITE_DONE) {
            hasRow = false;
            connection.afterStatement(s);
            s.reset();
        } else if (rc != Statement.SQLITE_ROW) {
            hasRow = false;
            throw connection.stepError(rc);
        }
        if (rowFactory != PyNone.NONE) {
            row = Callables.call(rowFactory, this, row);
        }
        return row;
    }

    /** {@code _pysqlite_fetch_one_row}: the current row's values as a tuple. */
    private PyTuple fetchRow(Statement s) {
        var db = connection.db;
        long st = s.st;
        try {
            int n = db.column_count(st);
            PyObject[] row = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject conv = converters != null && i < converters.length ? converters[i] : null;
                if (conv != null) {
                    byte[] b = db.column_type(st, i) == 5 ? null : db.column_blob(st, i);
                    // A zero-length value reads as NULL (sqlite3_column_blob gives NULL for it).
                    row[i] = b == null || b.length == 0 ? PyNone.NONE : Callables.call(conv, PyBytes.of(b));
                    continue;
                }
                switch (db.column_type(st, i)) {
                    case SQLITE_INTEGER -> row[i] = PyInt.of(db.column_long(st, i));
                    case SQLITE_FLOAT -> row[i] = new PyFloat(db.column_double(st, i));
                    case SQLITE_TEXT -> row[i] = text(db.column_text(st, i), db, st, i);
                    case SQLITE_BLOB -> {
                        byte[] b = db.column_blob(st, i);
                        row[i] = PyBytes.of(b == null ? new byte[0] : b);
                    }
                    default -> row[i] = PyNone.NONE;
                }
            }
            return new PyTuple(row);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(db, e);
        }
    }

    private PyObject text(String s, org.sqlite.core.DB db, long st, int i) throws SQLException {
        PyObject f = connection.textFactory;
        if (f == PyStr.TYPE) {
            return PyStr.of(s == null ? "" : s);
        }
        byte[] b = db.column_blob(st, i);
        if (b == null) {
            b = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
        }
        if (f == PyBytes.TYPE) {
            return PyBytes.of(b);
        }
        if (f == PyByteArray.TYPE) {
            return Callables.call(PyByteArray.TYPE, PyBytes.of(b));
        }
        return Callables.call(f, PyBytes.of(b));
    }

    /** {@code executescript}: commits an open transaction, then runs each statement of {@code script}. */
    PyObject executescript(String script) {
        check();
        PyConnection c = connection;
        c.checkLength(script);
        if (script.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        if (c.inTransaction()) {
            c.run("COMMIT");
        }
        int i = 0;
        while (!SqlText.isBlank(script, i)) {
            int start = SqlText.skipSpace(script, i);
            while (start < script.length() && script.charAt(start) == ';') {
                start = SqlText.skipSpace(script, start + 1);
            }
            int end = SqlText.statementEnd(script, start);
            c.run(script.substring(start, end));
            i = end;
        }
        return this;
    }

    /** {@code close()}: releases the statement; later use raises ProgrammingError. */
    void close() {
        if (connection == null) {
            throw SqliteErrors.programming("Base Cursor.__init__ not called.");
        }
        if (locked) {
            throw SqliteErrors.programming("Recursive use of cursors not allowed.");
        }
        connection.checkThread();
        connection.checkOpen();
        dropStatement();
        closed = true;
    }
}
