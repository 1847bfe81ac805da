package org.taipan.modules.sqlite;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.sql.SQLException;
import org.sqlite.core.DB;
import org.sqlite.core.NativeDB;
import org.sqlite.core.SafeStmtPtr;

/**
 * The parts of sqlite-jdbc's {@link NativeDB} that the library keeps package-private or
 * protected but CPython's module needs: preparing a statement from text, binding values to its
 * parameters one by one, the parameter count and the connection's error message. They are
 * reached once by reflection (the library is on the class path, in Taipan's own unnamed module,
 * so no module opens them) and called through method handles.
 */
final class NativeAccess {
    private NativeAccess() {}

    private static final MethodHandle PREPARE, ERRMSG, BIND_NULL, BIND_LONG, BIND_DOUBLE, BIND_TEXT, BIND_BLOB,
            BIND_COUNT;

    static {
        try {
            PREPARE = handle("prepare", String.class);
            ERRMSG = handle("errmsg");
            BIND_NULL = handle("bind_null", long.class, int.class);
            BIND_LONG = handle("bind_long", long.class, int.class, long.class);
            BIND_DOUBLE = handle("bind_double", long.class, int.class, double.class);
            BIND_TEXT = handle("bind_text", long.class, int.class, String.class);
            BIND_BLOB = handle("bind_blob", long.class, int.class, byte[].class);
            BIND_COUNT = handle("bind_parameter_count", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandle handle(String name, Class<?>... params) throws ReflectiveOperationException {
        Method m = NativeDB.class.getDeclaredMethod(name, params);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m);
    }

    /** {@code sqlite3_prepare_v2} of the first statement of {@code sql}; the tail is ignored. */
    static SafeStmtPtr prepare(DB db, String sql) throws SQLException {
        try {
            return (SafeStmtPtr) PREPARE.invoke((NativeDB) db, sql);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@code sqlite3_errmsg}: the message of the connection's latest failed call. */
    static String errmsg(DB db) {
        try {
            return (String) ERRMSG.invoke((NativeDB) db);
        } catch (Throwable t) {
            return "unknown error";
        }
    }

    static int bindNull(DB db, long stmt, int pos) {
        return call(BIND_NULL, db, stmt, pos, null);
    }

    static int bindLong(DB db, long stmt, int pos, long v) {
        return call(BIND_LONG, db, stmt, pos, v);
    }

    static int bindDouble(DB db, long stmt, int pos, double v) {
        return call(BIND_DOUBLE, db, stmt, pos, v);
    }

    static int bindText(DB db, long stmt, int pos, String v) {
        return call(BIND_TEXT, db, stmt, pos, v);
    }

    static int bindBlob(DB db, long stmt, int pos, byte[] v) {
        return call(BIND_BLOB, db, stmt, pos, v);
    }

    /** {@code sqlite3_bind_parameter_count}: the largest parameter index the statement uses. */
    static int parameterCount(DB db, long stmt) {
        try {
            return (int) BIND_COUNT.invoke((NativeDB) db, stmt);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, DB db, long stmt, int pos, Object v) {
        try {
            NativeDB n = (NativeDB) db;
            if (v == null) {
                return (int) h.invoke(n, stmt, pos);
            } else if (v instanceof Long l) {
                return (int) h.invoke(n, stmt, pos, (long) l);
            } else if (v instanceof Double d) {
                return (int) h.invoke(n, stmt, pos, (double) d);
            } else if (v instanceof String s) {
                return (int) h.invoke(n, stmt, pos, s);
            } else {
                return (int) h.invoke(n, stmt, pos, (byte[]) v);
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
