package org.taipan.modules.sqlite;

import java.sql.SQLException;
import org.sqlite.Collation;
import org.sqlite.Function;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The type {@code sqlite3.Connection} and its methods (CPython 3.11's {@code connection.c}):
 * cursors and the shortcut {@code execute} methods, transactions ({@code commit},
 * {@code rollback}, the context manager), user functions, aggregates and collations,
 * {@code iterdump}, {@code backup}, {@code serialize}/{@code deserialize}, limits, and the
 * attributes ({@code isolation_level}, {@code in_transaction}, {@code total_changes},
 * {@code row_factory}, {@code text_factory} and the exception classes).
 */
final class ConnectionMethods {
    private ConnectionMethods() {}

    static final PyType TYPE = PyType.builtin("sqlite3.Connection", PyType.OBJECT).markOwnLayout();

    static {
        PyType t = TYPE;
        t.addAttr("__module__", PyStr.of("sqlite3"));
        t.addAttr("__doc__", PyStr.of("SQLite database connection object."));
        t.tp_new = (type, a, k) -> type == TYPE ? new PyConnection(type) : new PyConnection.Sub(type);
        t.tp_init = (self, a, k) -> ((PyConnection) self).init(a, k);
        t.tp_call = (self, a, k) -> {
            Args.noKeywords("Connection", k);
            PyConnection c = conn(self);
            c.check();
            PyStr sql = PyCursor.sqlArg("Connection", Args.oneArg("Connection", a, k));
            Statement.checkEncodable(sql);
            c.checkLength(sql.toString());
            Statement s = Statement.prepare(c.db, sql.toString());
            if (s != null) {
                s.finish();
            }
            return new StatementObject();
        };
        t.addMethod("cursor", (self, a, k) -> cursor(conn(self), MethodArgs.bind("cursor", a, k, 0, "factory")[0]));
        t.addMethod("execute", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("execute", a, k, 2, "sql", "parameters");
            PyCursor c = cursor(conn(self), null);
            return c.execute(PyCursor.sqlArg("execute", v[0]), v[1] == null ? PyTuple.EMPTY : v[1], false);
        });
        t.addMethod("executemany", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("executemany", a, k, 2, "sql", "parameters");
            if (v[1] == null) {
                throw Errors.typeError("executemany expected 2 arguments, got %d", a.length);
            }
            PyCursor c = cursor(conn(self), null);
            return c.execute(PyCursor.sqlArg("executemany", v[0]), v[1], true);
        });
        t.addMethod("executescript", (self, a, k) -> {
            PyObject script = Args.oneArg("executescript", a, k);
            PyCursor c = cursor(conn(self), null);
            return Callables.callAttr(c, "executescript", script);
        });
        t.addMethod("commit", (self, a, k) -> {
            Args.noArgs("commit", a, k);
            conn(self).commit();
            return PyNone.NONE;
        });
        t.addMethod("rollback", (self, a, k) -> {
            Args.noArgs("rollback", a, k);
            conn(self).rollback();
            return PyNone.NONE;
        });
        t.addMethod("close", (self, a, k) -> {
            Args.noArgs("close", a, k);
            PyConnection c = conn(self);
            c.checkThread();
            if (!c.initialized) {
                throw SqliteErrors.programming("Base Connection.__init__ not called.");
            }
            c.close();
            return PyNone.NONE;
        });
        t.addMethod("__enter__", (self, a, k) -> {
            Args.noArgs("__enter__", a, k);
            conn(self).check();
            return self;
        });
        t.addMethod("__exit__", (self, a, k) -> {
            Args.check("__exit__", a, k, 3, 3);
            PyConnection c = conn(self);
            if (a[0] == PyNone.NONE && a[1] == PyNone.NONE && a[2] == PyNone.NONE) {
                try {
                    c.commit();
                } catch (PyException e) {
                    try {
                        c.rollback();
                    } catch (PyException ignored) {
                        // The commit's error is the one to report.
                    }
                    throw e;
                }
            } else {
                c.rollback();
            }
            return PyBool.FALSE;
        });
        t.addMethod("create_function", (self, a, k) -> {
            if (org.taipan.runtime.Args.positional(a, k) > 3) {
                throw Errors.typeError("create_function() takes exactly 3 positional arguments (%d given)",
                        org.taipan.runtime.Args.positional(a, k));
            }
            PyObject[] v = MethodArgs.bind("create_function", a, k, 0, "name", "narg", "func", "deterministic");
            PyConnection c = conn(self);
            c.check();
            String name = strArg("create_function", v[0], 1);
            int narg = Args.cInt(MethodArgs.required("create_function", v, 1, "narg"));
            PyObject func = MethodArgs.required("create_function", v, 2, "func");
            int flags = v[3] != null && Abstract.isTrue(v[3]) ? Function.FLAG_DETERMINISTIC : 0;
            // None is an ordinary object here, as in CPython: calling it fails.
            try {
                UserFunctions.Scalar f = new UserFunctions.Scalar(c, func);
                Function.create(c.jdbc, name, f, narg, flags);
                c.callbacks.put("f:" + name + "/" + narg, new PyConnection.Registered(f, func));
            } catch (SQLException e) {
                throw SqliteErrors.operational("Error creating function");
            }
            return PyNone.NONE;
        });
        t.addMethod("create_aggregate", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("create_aggregate", a, k, 0, "name", "n_arg", "aggregate_class");
            PyConnection c = conn(self);
            c.check();
            String name = strArg("create_aggregate", v[0], 1);
            int narg = Args.cInt(MethodArgs.required("create_aggregate", v, 1, "n_arg"));
            PyObject cls = MethodArgs.required("create_aggregate", v, 2, "aggregate_class");
            try {
                UserFunctions.Aggregate f = new UserFunctions.Aggregate(c, cls);
                Function.create(c.jdbc, name, f, narg, 0);
                c.callbacks.put("f:" + name + "/" + narg, new PyConnection.Registered(f, cls));
            } catch (SQLException e) {
                throw SqliteErrors.operational("Error creating aggregate");
            }
            return PyNone.NONE;
        });
        t.addMethod("create_window_function", (self, a, k) -> {
            Args.noKeywords("create_window_function", k);
            Args.check("create_window_function", a, k, 3, 3);
            PyConnection c = conn(self);
            c.check();
            String name = strArg("create_window_function", a[0], 1);
            int narg = Args.cInt(a[1]);
            try {
                if (a[2] == PyNone.NONE) {
                    // sqlite-jdbc removes only the variable-argument form of a function, so the
                    // removed one is replaced by one that fails as a missing function would.
                    UserFunctions.Removed f = new UserFunctions.Removed(name);
                    Function.create(c.jdbc, name, f, narg, 0);
                    c.callbacks.put("f:" + name + "/" + narg, new PyConnection.Registered(f, null));
                } else {
                    UserFunctions.Aggregate f = new UserFunctions.Aggregate(c, a[2]);
                    Function.create(c.jdbc, name, f, narg, 0);
                    c.callbacks.put("f:" + name + "/" + narg, new PyConnection.Registered(f, a[2]));
                }
            } catch (SQLException e) {
                throw SqliteErrors.programming("Error creating window function");
            }
            return PyNone.NONE;
        });
        t.addMethod("set_progress_handler", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("set_progress_handler", a, k, 0, "progress_handler", "n");
            PyConnection c = conn(self);
            c.check();
            PyObject handler = MethodArgs.required("set_progress_handler", v, 0, "progress_handler");
            int n = Args.cInt(MethodArgs.required("set_progress_handler", v, 1, "n"));
            try {
                if (handler == PyNone.NONE) {
                    org.sqlite.ProgressHandler.clearHandler(c.jdbc);
                    c.callbacks.remove("progress");
                } else {
                    UserFunctions.Progress p = new UserFunctions.Progress(c, handler);
                    org.sqlite.ProgressHandler.setHandler(c.jdbc, n, p);
                    c.callbacks.put("progress", new PyConnection.Registered(p, handler));
                }
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
            return PyNone.NONE;
        });
        t.addMethod("set_trace_callback", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("set_trace_callback", a, k, 0, "trace_callback");
            PyConnection c = conn(self);
            c.check();
            PyObject f = MethodArgs.required("set_trace_callback", v, 0, "trace_callback");
            c.traceCallback = f == PyNone.NONE ? null : f;
            return PyNone.NONE;
        });
        t.addMethod("set_authorizer", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("set_authorizer", a, k, 0, "authorizer_callback");
            PyConnection c = conn(self);
            c.check();
            PyObject f = MethodArgs.required("set_authorizer", v, 0, "authorizer_callback");
            if (f != PyNone.NONE) {
                // sqlite-jdbc does not expose sqlite3_set_authorizer.
                throw Errors.of(SqliteErrors.NOT_SUPPORTED_ERROR, "set_authorizer is not supported by this sqlite3");
            }
            return PyNone.NONE;
        });
        t.addMethod("blobopen", (self, a, k) -> {
            PyConnection c = conn(self);
            c.check();
            // sqlite-jdbc does not expose sqlite3_blob_open.
            throw Errors.of(SqliteErrors.NOT_SUPPORTED_ERROR, "blobopen is not supported by this sqlite3");
        });
        t.addMethod("enable_load_extension", (self, a, k) -> {
            PyConnection c = conn(self);
            c.check();
            throw Errors.of(SqliteErrors.NOT_SUPPORTED_ERROR, "extension loading is not supported by this sqlite3");
        });
        t.addMethod("create_collation", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("create_collation", a, k, 2, "name", "callback");
            PyConnection c = conn(self);
            c.check();
            String name = strArg("create_collation", v[0], 1);
            Statement.checkEncodable((PyStr) v[0]);
            PyObject func = MethodArgs.required("create_collation", v, 1, "callback");
            if (func != PyNone.NONE && func.type().tp_call == null) {
                throw Errors.typeError("parameter must be callable");
            }
            try {
                if (func == PyNone.NONE) {
                    Collation.destroy(c.jdbc, name);
                    c.callbacks.remove("c:" + name);
                } else {
                    UserFunctions.PyCollation coll = new UserFunctions.PyCollation(c, func);
                    Collation.create(c.jdbc, name, coll);
                    c.callbacks.put("c:" + name, new PyConnection.Registered(coll, func));
                }
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
            return PyNone.NONE;
        });
        t.addMethod("iterdump", (self, a, k) -> {
            Args.noArgs("iterdump", a, k);
            PyConnection c = conn(self);
            c.check();
            PyObject dump = org.taipan.runtime.ThreadState.current().interpreter.importModule("sqlite3.dump", null,
                    PyTuple.of(PyStr.of("_iterdump")), 0);
            return Callables.call(Abstract.getAttr(dump, "_iterdump"), self);
        });
        t.addMethod("interrupt", (self, a, k) -> {
            Args.noArgs("interrupt", a, k);
            PyConnection c = conn(self);
            c.checkOpen();
            try {
                c.db.interrupt();
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
            return PyNone.NONE;
        });
        t.addMethod("serialize", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("serialize", a, k, 0, "name");
            PyConnection c = conn(self);
            c.check();
            String name = v[0] == null ? "main" : strArg("serialize", v[0], 1);
            try {
                byte[] b = c.db.serialize(name);
                return PyBytes.of(b == null ? new byte[0] : b);
            } catch (SQLException e) {
                throw SqliteErrors.operational("unable to serialize '" + name + "'");
            }
        });
        t.addMethod("deserialize", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("deserialize", a, k, 1, "data", "name");
            PyConnection c = conn(self);
            c.check();
            byte[] data = org.taipan.runtime.Buffers.require(MethodArgs.required("deserialize", v, 0, "data"));
            String name = v[1] == null ? "main" : strArg("deserialize", v[1], 2);
            try {
                c.db.deserialize(name, data);
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
            return PyNone.NONE;
        });
        t.addMethod("backup", (self, a, k) -> {
            if (org.taipan.runtime.Args.positional(a, k) > 1) {
                throw Errors.typeError("backup() takes exactly 1 positional argument (%d given)",
                        org.taipan.runtime.Args.positional(a, k));
            }
            PyObject[] v = MethodArgs.bind("backup", a, k, 1, "target", "pages", "progress", "name", "sleep");
            PyConnection c = conn(self);
            c.check();
            PyObject target = MethodArgs.required("backup", v, 0, "target");
            if (!target.type().isSubtypeOf(TYPE)) {
                throw Errors.typeError("backup() argument 1 must be sqlite3.Connection, not %s", target.type().name());
            }
            PyConnection dst = (PyConnection) target;
            if (dst == c) {
                throw Errors.valueError("target cannot be the same connection instance");
            }
            dst.checkOpen();
            if (dst.inTransaction()) {
                throw SqliteErrors.operational("target is in transaction");
            }
            int pages = v[1] == null ? -1 : Args.cInt(v[1]);
            PyObject progress = v[2] == null ? PyNone.NONE : v[2];
            if (progress != PyNone.NONE && progress.type().tp_call == null) {
                throw Errors.typeError("progress argument must be a callable");
            }
            String name = v[3] == null ? "main" : strArg("backup", v[3], 4);
            byte[] image;
            try {
                image = c.db.serialize(name);
                dst.db.deserialize("main", image == null ? new byte[0] : image);
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
            if (progress != PyNone.NONE) {
                // The copy is made in one piece (sqlite-jdbc has no sqlite3_backup_step); progress
                // is told of it in the steps of `pages` pages that sqlite3_backup_step would take.
                int total = pageCount(image);
                int per = pages <= 0 ? Math.max(total, 1) : pages;
                int done = 0;
                do {
                    done = Math.min(total, done + per);
                    int remaining = total - done;
                    Callables.call(progress, PyInt.of(remaining == 0 ? Statement.SQLITE_DONE : 0),
                            PyInt.of(remaining), PyInt.of(total));
                } while (done < total);
            }
            return PyNone.NONE;
        });
        t.addMethod("getlimit", (self, a, k) -> {
            PyConnection c = conn(self);
            c.check();
            int category = Args.cInt(Args.oneArg("getlimit", a, k));
            return PyInt.of(limit(c, category, -1));
        });
        t.addMethod("setlimit", (self, a, k) -> {
            Args.check("setlimit", a, k, 2, 2);
            PyConnection c = conn(self);
            c.check();
            return PyInt.of(limit(c, Args.cInt(a[0]), Args.cInt(a[1])));
        });
        getset(t, "isolation_level", c -> c.isolationLevel == null ? PyNone.NONE : PyStr.of(c.isolationLevel),
                (c, v) -> {
                    c.checkOpen();
                    if (v == null) {
                        throw Errors.attributeError("cannot delete attribute");
                    }
                    String level = PyConnection.checkIsolationLevel(v);
                    if (level == null) {
                        c.commit();
                    }
                    c.isolationLevel = level;
                }, true);
        getset(t, "in_transaction", c -> PyBool.of(c.inTransaction()), null, true);
        getset(t, "total_changes", c -> {
            try {
                return PyInt.of(c.db.total_changes());
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(c.db, e);
            }
        }, null, true);
        getset(t, "row_factory", c -> c.rowFactory, (c, v) -> c.rowFactory = v == null ? PyNone.NONE : v, false);
        getset(t, "text_factory", c -> c.textFactory, (c, v) -> c.textFactory = v == null ? PyNone.NONE : v, false);
        for (PyType e : SqliteErrors.ALL) {
            t.addAttr(e.name(), new PyGetSetDescr(t, e.name(), o -> e, null));
        }
        t.ready();
        org.taipan.modules.weakref.Weakrefable.allow(t);
    }

    /** The page count of a database image: its size over the page size in its header. */
    private static int pageCount(byte[] image) {
        if (image == null || image.length < 100) {
            return 0;
        }
        int size = ((image[16] & 0xff) << 8) | (image[17] & 0xff);
        if (size == 1) {
            size = 65536;
        }
        return size == 0 ? 0 : image.length / size;
    }

    private static int limit(PyConnection c, int category, int value) {
        try {
            int old = c.db.limit(category, value);
            if (old < 0) {
                throw SqliteErrors.programming("'category' is out of bounds");
            }
            if (category == 1) {
                c.sqlLengthLimit = c.db.limit(1, -1);
            }
            return old;
        } catch (SQLException e) {
            throw SqliteErrors.programming("'category' is out of bounds");
        }
    }

    private static PyConnection conn(PyObject self) {
        return (PyConnection) self;
    }

    private static String strArg(String fname, PyObject o, int pos) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument %d must be str, not %s", fname, pos,
                    o == null ? "NoneType" : o.type().name());
        }
        return s.toString();
    }

    private static void getset(PyType t, String name, java.util.function.Function<PyConnection, PyObject> get,
                               java.util.function.BiConsumer<PyConnection, PyObject> set, boolean needsOpen) {
        t.addAttr(name, new PyGetSetDescr(t, name, o -> {
            PyConnection c = (PyConnection) o;
            if (needsOpen) {
                c.checkOpen();
            }
            return get.apply(c);
        }, set == null ? null : (o, v) -> set.accept((PyConnection) o, v)));
    }

    /**
     * {@code Connection.cursor(factory=Cursor)}: {@code factory(self)}, which must be a cursor;
     * it gets the connection's row factory.
     *
     * @throws PyException TypeError "factory must return a cursor, not X"
     */
    static PyCursor cursor(PyConnection c, PyObject factory) {
        c.check();
        PyObject r = Callables.call(factory == null ? PyCursor.TYPE : factory, c);
        if (!r.type().isSubtypeOf(PyCursor.TYPE)) {
            throw Errors.typeError("factory must return a cursor, not %s", r.type().name());
        }
        PyCursor cur = (PyCursor) r;
        if (c.rowFactory != PyNone.NONE) {
            cur.rowFactory = c.rowFactory;
        }
        return cur;
    }

    /** Adds the module-level names that come from this type: {@code Connection}. */
    static void addTo(PyModule m) {
        m.set("Connection", TYPE);
    }
}
