package org.taipan.modules.sqlite;

import java.sql.SQLException;
import java.util.List;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * One prepared SQL statement of a connection (CPython's {@code pysqlite_Statement},
 * {@code statement.c}): the native statement, whether it is DML (then an implicit BEGIN comes
 * first), and the binding of a parameter sequence or mapping with adaptation
 * ({@code pysqlite_statement_bind_parameters}). A statement is in use while a cursor still
 * reads its rows; the connection's cache hands out only statements not in use.
 */
final class Statement {
    /** {@code sqlite3_step}'s results that are not errors. */
    static final int SQLITE_ROW = 100, SQLITE_DONE = 101;

    final String sql;
    private final SafeStmtPtr ptr;
    /** The native {@code sqlite3_stmt*}. */
    final long st;
    private final DB db;
    final String keyword;
    final boolean isDml;
    /** Set while a cursor has rows of it left to read. */
    boolean inUse;
    /** Dropped from the connection's cache while in use: finalized when released. */
    boolean evicted;
    private boolean finalized;
    private List<String> names;

    private Statement(DB db, String sql, SafeStmtPtr ptr, long st, String keyword) {
        this.db = db;
        this.sql = sql;
        this.ptr = ptr;
        this.st = st;
        this.keyword = keyword;
        this.isDml = SqlText.isDml(keyword);
    }

    /**
     * {@code pysqlite_statement_create}: prepares {@code sql}, which must hold one statement.
     *
     * @return null when {@code sql} holds no statement at all (only blanks and comments)
     * @throws PyException ProgrammingError "the query contains a null character", "You can only
     *     execute one statement at a time."; the SQLite error of a statement that does not compile
     */
    static Statement prepare(DB db, String sql) {
        if (sql.indexOf('\0') >= 0) {
            throw SqliteErrors.programming("the query contains a null character");
        }
        int start = SqlText.skipSpace(sql, 0);
        if (SqlText.isBlank(sql, start)) {
            return null;
        }
        int end = SqlText.statementEnd(sql, start);
        if (!SqlText.isBlank(sql, end)) {
            throw SqliteErrors.programming("You can only execute one statement at a time.");
        }
        SafeStmtPtr p;
        long st;
        try {
            p = NativeAccess.prepare(db, sql);
            st = p.safeRunLong((d, s) -> s);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(db, e);
        }
        return new Statement(db, sql, p, st, SqlText.keywordAt(sql, start));
    }

    /** Whether the statement only reads ({@code sqlite3_stmt_readonly}, judged by its keyword). */
    boolean isReadOnly() {
        return keyword.equals("SELECT") || keyword.equals("VALUES");
    }

    /** {@code sqlite3_step}: {@link #SQLITE_ROW}, {@link #SQLITE_DONE} or an error code. */
    int step() {
        return step(false);
    }

    /**
     * {@code sqlite3_step}; with {@code withoutGil} the GIL is released meanwhile, as CPython's
     * {@code Py_BEGIN_ALLOW_THREADS} does, so that another thread can finish the transaction a
     * busy wait waits for. Only when no Python callback of the connection can run during the step.
     */
    int step(boolean withoutGil) {
        if (finalized) {
            // Stepping a finalized sqlite3_stmt would crash the process.
            throw SqliteErrors.programming("Cannot operate on a closed database.");
        }
        try {
            return withoutGil ? Blocking.withoutGil(() -> db.step(st)) : db.step(st);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(db, e);
        }
    }

    /** {@code sqlite3_reset}, leaving the bindings; no longer in use. */
    void reset() {
        inUse = false;
        if (!finalized) {
            try {
                db.reset(st);
            } catch (SQLException e) {
                // A reset reports the error of the last step again, which was already raised.
            }
        }
    }

    /** {@code sqlite3_finalize}; later calls do nothing. */
    void finish() {
        if (!finalized) {
            finalized = true;
            try {
                ptr.close();
            } catch (SQLException e) {
                // As reset: the code repeats the last step's error.
            }
        }
    }

    boolean isFinalized() {
        return finalized;
    }

    int columnCount() {
        if (finalized) {
            throw SqliteErrors.programming("Cannot operate on a closed database.");
        }
        try {
            return db.column_count(st);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(db, e);
        }
    }

    /**
     * {@code pysqlite_statement_bind_parameters}: binds {@code params}, a sequence (by position)
     * or a dict (by name), adapting each value unless it is of a type bound as it is.
     *
     * @throws PyException ProgrammingError for a wrong number of values, a missing name or a
     *     value of a type SQLite cannot store; ValueError "parameters are of unsupported type"
     */
    void bind(SqliteState state, PyObject params) {
        int needed = NativeAccess.parameterCount(db, st);
        if (params instanceof PyTuple || params instanceof PyList
                || (!(params instanceof PyDict) && isSequence(params))) {
            PyTuple tuple = params instanceof PyTuple t ? t : null;
            long given = tuple != null ? tuple.size() : Abstract.length(params);
            if (given != needed) {
                throw SqliteErrors.programming("Incorrect number of bindings supplied. The current statement uses %d, "
                        + "and there are %d supplied.", needed, given);
            }
            for (int i = 0; i < needed; i++) {
                PyObject v = tuple != null ? tuple.get(i) : Abstract.getItem(params, PyInt.of(i));
                bindOne(state, i + 1, v);
            }
        } else if (params instanceof PyDict d) {
            if (names == null) {
                names = SqlText.parameterNames(sql);
            }
            for (int i = 1; i <= needed; i++) {
                String name = i <= names.size() ? names.get(i - 1) : null;
                if (name == null) {
                    throw SqliteErrors.programming(
                            "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
                }
                PyStr key = PyStr.of(name.substring(1));
                PyObject v;
                if (d.getClass() == PyDict.class) {
                    v = d.getItem(key);
                } else {
                    try {
                        v = Abstract.getItem(d, key);
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.LookupError)) {
                            throw e;
                        }
                        v = null;
                    }
                }
                if (v == null) {
                    throw SqliteErrors.programming("You did not supply a value for binding parameter :%s.",
                            name.substring(1));
                }
                bindOne(state, i, v);
            }
        } else {
            throw SqliteErrors.programming("parameters are of unsupported type");
        }
    }

    /** UnicodeEncodeError, as CPython's UTF-8 conversion raises, for a str with a lone surrogate. */
    static void checkEncodable(PyStr s) {
        if (s.hasLoneSurrogate()) {
            Callables.callAttr(s, "encode", PyStr.of("utf-8"));
        }
    }

    /** {@code PySequence_Check}: has {@code __getitem__} and is not a dict. */
    private static boolean isSequence(PyObject o) {
        return o.type().mp_subscript != null && !(o instanceof PyDict);
    }

    private void bindOne(SqliteState state, int pos, PyObject v) {
        if (needsAdapt(state, v)) {
            v = Adapters.adapt(state, v, Adapters.PREPARE_PROTOCOL, v);
        }
        int rc = bindValue(pos, v);
        if (rc == -1) {
            throw SqliteErrors.programming("Error binding parameter %d: type '%s' is not supported", pos,
                    v.type().name());
        }
        if (rc != 0) {
            throw SqliteErrors.fromDb(db, rc);
        }
    }

    /** CPython's {@code _need_adapt}: the exact types bound without adaptation, unless one was registered. */
    private static boolean needsAdapt(SqliteState state, PyObject v) {
        if (state.baseTypeAdapted) {
            return true;
        }
        Class<?> c = v.getClass();
        return !(c == PyInt.class || c == PyFloat.class || c == PyStr.class || c == PyByteArray.class);
    }

    /** {@code _pysqlite_bind_parameter}: the result code, or -1 for a type SQLite cannot hold. */
    private int bindValue(int pos, PyObject v) {
        if (v == PyNone.NONE) {
            return NativeAccess.bindNull(db, st, pos);
        }
        PyInt i = PyInt.asInt(v);
        if (i != null) {
            if (!i.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to SQLite INTEGER");
            }
            return NativeAccess.bindLong(db, st, pos, i.longValue());
        }
        if (v instanceof org.taipan.runtime.PyBool b) {
            return NativeAccess.bindLong(db, st, pos, b == org.taipan.runtime.PyBool.TRUE ? 1 : 0);
        }
        if (v instanceof PyFloat f) {
            return NativeAccess.bindDouble(db, st, pos, f.value());
        }
        if (v instanceof PyStr s) {
            checkEncodable(s);
            return NativeAccess.bindText(db, st, pos, s.toString());
        }
        if (Buffers.isBuffer(v)) {
            return NativeAccess.bindBlob(db, st, pos, Buffers.require(v));
        }
        return -1;
    }
}
