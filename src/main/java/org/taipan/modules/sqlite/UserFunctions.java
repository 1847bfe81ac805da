package org.taipan.modules.sqlite;

import java.sql.SQLException;
import org.sqlite.Collation;
import org.sqlite.Function;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Python callables registered with SQLite through sqlite-jdbc's {@link Function} and
 * {@link Collation} (CPython's {@code func_callback}, {@code step_callback},
 * {@code final_callback} and {@code collation_callback} in {@code connection.c}). SQLite calls
 * them during a step, on the thread that runs it, which holds the GIL already. A Python
 * exception becomes the SQL error CPython reports ("user-defined function raised exception").
 */
final class UserFunctions {
    private UserFunctions() {}

    /** {@code _pysqlite_build_py_params}: argument {@code i} of the current call as a Python value. */
    static PyObject pyArg(Values f, int i) throws SQLException {
        return switch (valueType(f, i)) {
            case PyCursor.SQLITE_INTEGER -> PyInt.of(f.valueLong(i));
            case PyCursor.SQLITE_FLOAT -> new PyFloat(f.valueDouble(i));
            case PyCursor.SQLITE_TEXT -> {
                String s = f.valueText(i);
                yield PyStr.of(s == null ? "" : s);
            }
            case PyCursor.SQLITE_BLOB -> {
                byte[] b = f.valueBlob(i);
                yield PyBytes.of(b == null ? new byte[0] : b);
            }
            default -> PyNone.NONE;
        };
    }

    private static int valueType(Values f, int i) throws SQLException {
        return f.valueType(i);
    }

    /** The call's arguments. */
    static PyObject[] pyArgs(Values f) throws SQLException {
        int n = f.argCount();
        PyObject[] a = new PyObject[n];
        for (int i = 0; i < n; i++) {
            a[i] = pyArg(f, i);
        }
        return a;
    }

    /**
     * {@code _pysqlite_set_result}: sets {@code v} as the call's result.
     *
     * @return false when {@code v} has no SQLite type
     * @throws PyException OverflowError for an int beyond 64 bits, UnicodeEncodeError for a str
     *     with a lone surrogate (reported as the callback's exception)
     */
    static boolean setResult(Values f, PyObject v) throws SQLException {
        if (v == PyNone.NONE) {
            f.resultNull();
            return true;
        }
        PyInt i = PyInt.asInt(v);
        if (i != null) {
            if (!i.fitsLong()) {
                throw org.taipan.runtime.Errors.overflow("Python int too large to convert to C long");
            }
            f.resultLong(i.longValue());
        } else if (v instanceof PyFloat d) {
            f.resultDouble(d.value());
        } else if (v instanceof PyStr s) {
            Statement.checkEncodable(s);
            f.resultText(s.toString());
        } else if (Buffers.isBuffer(v)) {
            f.resultBlob(Buffers.require(v));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Reports a failed callback as CPython's {@code print_or_clear_traceback} does: through
     * {@code sys.unraisablehook} when {@code enable_callback_tracebacks(True)}. A MemoryError or
     * OverflowError is remembered on the connection, whose step then raises MemoryError or
     * DataError "string or blob too big" instead of the generic error.
     */
    static void report(PyConnection conn, PyObject callable, PyException e) {
        if (e.matches(org.taipan.runtime.ExceptionTypes.MemoryError)) {
            conn.callbackFailure = org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.MemoryError,
                    PyNone.NONE);
        } else if (e.matches(org.taipan.runtime.ExceptionTypes.OverflowError)) {
            conn.callbackFailure = SqliteErrors.fromCode(18, "string or blob too big");
        }
        if (conn.state.callbackTracebacks) {
            org.taipan.runtime.ThreadState.current().interpreter.finalization().writeUnraisable(e.value, null,
                    callable);
        }
    }

    /**
     * A registered callback's hold on its connection and Python callable: weak, since sqlite-jdbc's
     * native side keeps the callback object for as long as the database is open, and a strong
     * path from it to the connection (the callable's globals often hold the connection) would keep
     * a dropped connection, and so its database and interpreter, alive for good. The connection
     * holds the callable strongly ({@link PyConnection#callbacks}), so while the connection lives
     * both are there.
     */
    static final class Hold {
        private final java.lang.ref.WeakReference<PyConnection> conn;
        private final java.lang.ref.WeakReference<PyObject> target;

        Hold(PyConnection conn, PyObject target) {
            this.conn = new java.lang.ref.WeakReference<>(conn);
            this.target = new java.lang.ref.WeakReference<>(target);
        }

        /** The connection, or null once it was collected. */
        PyConnection conn() {
            return conn.get();
        }

        /** The callable, or null once its connection was collected. */
        PyObject target() {
            return target.get();
        }
    }

    /** {@link #report(PyConnection, PyObject, PyException)} for a callback held by {@code hold}; nothing once its connection is gone. */
    static void report(Hold hold, PyException e) {
        PyConnection conn = hold.conn();
        PyObject callable = hold.target();
        if (conn != null && callable != null) {
            report(conn, callable, e);
        }
    }

    /** A scalar function: {@code func(*args)}. */
    static final class Scalar extends Function implements Values {
        private final Hold hold;
        @Override
        public int argCount() throws SQLException {
            return args();
        }

        @Override
        public int valueType(int i) throws SQLException {
            return value_type(i);
        }

        @Override
        public long valueLong(int i) throws SQLException {
            return value_long(i);
        }

        @Override
        public double valueDouble(int i) throws SQLException {
            return value_double(i);
        }

        @Override
        public String valueText(int i) throws SQLException {
            return value_text(i);
        }

        @Override
        public byte[] valueBlob(int i) throws SQLException {
            return value_blob(i);
        }

        @Override
        public void resultNull() throws SQLException {
            result();
        }

        @Override
        public void resultLong(long v) throws SQLException {
            result(v);
        }

        @Override
        public void resultDouble(double v) throws SQLException {
            result(v);
        }

        @Override
        public void resultText(String v) throws SQLException {
            result(v);
        }

        @Override
        public void resultBlob(byte[] v) throws SQLException {
            result(v);
        }

        Scalar(PyConnection conn, PyObject func) {
            this.hold = new Hold(conn, func);
        }

        @Override
        protected void xFunc() throws SQLException {
            PyConnection conn = hold.conn();
            PyObject func = hold.target();
            if (conn == null || func == null) {
                error("user-defined function raised exception");
                return;
            }
            try {
                PyObject r = Callables.call(func, pyArgs(this), null);
                if (!setResult(this, r)) {
                    error("user-defined function raised exception");
                }
            } catch (PyException e) {
                report(conn, func, e);
                error("user-defined function raised exception");
            }
        }
    }

    /**
     * An aggregate or aggregate window function: SQLite clones this object for each group
     * (sqlite-jdbc's {@link Function.Aggregate}), the clone makes its instance of the Python class
     * on the first step and asks it for {@code finalize()} at the end; as a window function also
     * for {@code value()} and {@code inverse(*args)}. Registered as a window function either way,
     * which SQLite also runs as a plain aggregate.
     */
    static final class Aggregate extends Function.Window implements Values {
        private final Hold hold;
        @Override
        public int argCount() throws SQLException {
            return args();
        }

        @Override
        public int valueType(int i) throws SQLException {
            return value_type(i);
        }

        @Override
        public long valueLong(int i) throws SQLException {
            return value_long(i);
        }

        @Override
        public double valueDouble(int i) throws SQLException {
            return value_double(i);
        }

        @Override
        public String valueText(int i) throws SQLException {
            return value_text(i);
        }

        @Override
        public byte[] valueBlob(int i) throws SQLException {
            return value_blob(i);
        }

        @Override
        public void resultNull() throws SQLException {
            result();
        }

        @Override
        public void resultLong(long v) throws SQLException {
            result(v);
        }

        @Override
        public void resultDouble(double v) throws SQLException {
            result(v);
        }

        @Override
        public void resultText(String v) throws SQLException {
            result(v);
        }

        @Override
        public void resultBlob(byte[] v) throws SQLException {
            result(v);
        }

        private PyObject instance;
        private boolean failed;

        Aggregate(PyConnection conn, PyObject cls) {
            this.hold = new Hold(conn, cls);
        }

        /** Calls the instance's {@code name} method; "... method not defined" when it has none. */
        private PyObject callMethod(String name, PyObject[] args) throws SQLException {
            PyObject m;
            try {
                m = Abstract.getAttr(instance, name);
            } catch (PyException e) {
                if (!e.matches(org.taipan.runtime.ExceptionTypes.AttributeError)) {
                    throw e;
                }
                report(hold, e);
                error("user-defined aggregate's '" + name + "' method not defined");
                return null;
            }
            try {
                return Callables.call(m, args, null);
            } catch (PyException e) {
                report(hold, e);
                error("user-defined aggregate's '" + name + "' method raised error");
                return null;
            }
        }

        @Override
        protected void xStep() throws SQLException {
            if (failed) {
                return;
            }
            if (instance == null) {
                PyObject cls = hold.target();
                if (cls == null) {
                    failed = true;
                    error("user-defined aggregate's '__init__' method raised error");
                    return;
                }
                try {
                    instance = Callables.call(cls);
                } catch (PyException e) {
                    report(hold, e);
                    failed = true;
                    error("user-defined aggregate's '__init__' method raised error");
                    return;
                }
            }
            callMethod("step", pyArgs(this));
        }

        @Override
        protected void xInverse() throws SQLException {
            if (!failed && instance != null) {
                callMethod("inverse", pyArgs(this));
            }
        }

        @Override
        protected void xValue() throws SQLException {
            if (failed || instance == null) {
                return;
            }
            PyObject r = callMethod("value", new PyObject[0]);
            resultOf("value", r);
        }

        @Override
        protected void xFinal() throws SQLException {
            if (instance == null) {
                if (!failed) {
                    resultNull();
                }
                return;
            }
            PyObject r = callMethod("finalize", new PyObject[0]);
            resultOf("finalize", r);
        }

        /** Sets what method {@code name} returned as the result, reporting what cannot be. */
        private void resultOf(String name, PyObject r) throws SQLException {
            if (r == null) {
                return;
            }
            try {
                if (!setResult(this, r)) {
                    error("user-defined aggregate's '" + name + "' method raised error");
                }
            } catch (PyException e) {
                report(hold, e);
                error("user-defined aggregate's '" + name + "' method raised error");
            }
        }
    }

    /** A collation: {@code callable(a, b)}, negative, zero or positive. */
    static final class PyCollation extends Collation {
        private final Hold hold;

        PyCollation(PyConnection conn, PyObject func) {
            this.hold = new Hold(conn, func);
        }

        @Override
        protected int xCompare(String a, String b) {
            PyConnection conn = hold.conn();
            PyObject func = hold.target();
            if (conn == null || func == null) {
                return 0;
            }
            try {
                PyObject r = Callables.call(func, PyStr.of(a), PyStr.of(b));
                PyInt i = Abstract.index(r, null);
                int sign = i.bigValue().signum();
                return sign;
            } catch (PyException e) {
                report(conn, func, e);
                return 0;
            }
        }
    }

    /**
     * The argument values and result of the current call, which {@link Function} offers only
     * to its subclasses (each callback class passes its own protected accessors on).
     */
    interface Values {
        int argCount() throws SQLException;

        int valueType(int i) throws SQLException;

        long valueLong(int i) throws SQLException;

        double valueDouble(int i) throws SQLException;

        String valueText(int i) throws SQLException;

        byte[] valueBlob(int i) throws SQLException;

        void resultNull() throws SQLException;

        void resultLong(long v) throws SQLException;

        void resultDouble(double v) throws SQLException;

        void resultText(String v) throws SQLException;

        void resultBlob(byte[] v) throws SQLException;
    }

    /** {@code set_progress_handler}'s callback: a true result (or an exception) interrupts the statement. */
    static final class Progress extends org.sqlite.ProgressHandler {
        private final Hold hold;

        Progress(PyConnection conn, PyObject func) {
            this.hold = new Hold(conn, func);
        }

        @Override
        protected int progress() {
            PyConnection conn = hold.conn();
            PyObject func = hold.target();
            if (conn == null || func == null) {
                return 1;
            }
            try {
                return Abstract.isTrue(Callables.call(func)) ? 1 : 0;
            } catch (PyException e) {
                report(conn, func, e);
                return 1;
            }
        }
    }

    /** What a cleared window function becomes: any use fails with "no such function". */
    static final class Removed extends Function {
        private final String name;

        Removed(String name) {
            this.name = name;
        }

        @Override
        protected void xFunc() throws SQLException {
            error("no such function: " + name);
        }
    }
}
