package org.taipan.modules.sqlite;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteException;
import org.sqlite.core.DB;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The DB-API exception hierarchy of {@code sqlite3} (PEP 249; CPython's {@code module.c} makes
 * them) and the translation of an SQLite result code into one of them ({@code _pysqlite_seterror}
 * in {@code util.c}): the primary code picks the class, the extended code and its name become
 * the exception's {@code sqlite_errorcode} and {@code sqlite_errorname}, the message is
 * {@code sqlite3_errmsg}'s. Also the module's {@code SQLITE_*} constants.
 */
final class SqliteErrors {
    private SqliteErrors() {}

    static final PyType WARNING = exceptionType("Warning", ExceptionTypes.Exception);
    static final PyType ERROR = exceptionType("Error", ExceptionTypes.Exception);
    static final PyType INTERFACE_ERROR = exceptionType("InterfaceError", ERROR);
    static final PyType DATABASE_ERROR = exceptionType("DatabaseError", ERROR);
    static final PyType DATA_ERROR = exceptionType("DataError", DATABASE_ERROR);
    static final PyType OPERATIONAL_ERROR = exceptionType("OperationalError", DATABASE_ERROR);
    static final PyType INTEGRITY_ERROR = exceptionType("IntegrityError", DATABASE_ERROR);
    static final PyType INTERNAL_ERROR = exceptionType("InternalError", DATABASE_ERROR);
    static final PyType PROGRAMMING_ERROR = exceptionType("ProgrammingError", DATABASE_ERROR);
    static final PyType NOT_SUPPORTED_ERROR = exceptionType("NotSupportedError", DATABASE_ERROR);

    /** The ten classes in the order the module and {@code Connection} expose them. */
    static final PyType[] ALL = {WARNING, ERROR, INTERFACE_ERROR, DATABASE_ERROR, DATA_ERROR, OPERATIONAL_ERROR,
        INTEGRITY_ERROR, INTERNAL_ERROR, PROGRAMMING_ERROR, NOT_SUPPORTED_ERROR};

    private static PyType exceptionType(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("sqlite3"));
        return PyType.newHeapType(PyType.TYPE, name, new PyType[] {base}, ns);
    }

    static PyException programming(String fmt, Object... args) {
        return Errors.of(PROGRAMMING_ERROR, args.length == 0 ? fmt : String.format(fmt, args));
    }

    static PyException operational(String message) {
        return Errors.of(OPERATIONAL_ERROR, message);
    }

    /** The class {@code _pysqlite_seterror} raises for a primary result code. */
    static PyType classFor(int primary) {
        return switch (primary) {
            case 2, 12 -> INTERNAL_ERROR; // SQLITE_INTERNAL, SQLITE_NOTFOUND
            case 1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17 -> OPERATIONAL_ERROR;
            case 11 -> DATABASE_ERROR; // SQLITE_CORRUPT
            case 18 -> DATA_ERROR; // SQLITE_TOOBIG
            case 19, 20 -> INTEGRITY_ERROR; // SQLITE_CONSTRAINT, SQLITE_MISMATCH
            case 21, 25 -> INTERFACE_ERROR; // SQLITE_MISUSE, SQLITE_RANGE
            default -> DATABASE_ERROR;
        };
    }

    /**
     * The exception for result code {@code rc} (extended or primary) with {@code message}; a
     * {@code SQLITE_NOMEM} is a MemoryError as in CPython.
     */
    static PyException fromCode(int rc, String message) {
        int primary = rc & 0xff;
        if (primary == 7) {
            return Errors.of(ExceptionTypes.MemoryError, PyNone.NONE);
        }
        PyException e = Errors.of(classFor(primary), message);
        Abstract.setAttr(e.value, PyStr.of("sqlite_errorcode"), PyInt.of(rc));
        String name = errorName(rc);
        Abstract.setAttr(e.value, PyStr.of("sqlite_errorname"), name == null ? PyNone.NONE : PyStr.of(name));
        return e;
    }

    /** The exception for the latest failure on {@code db}, whose code is {@code rc}. */
    static PyException fromDb(DB db, int rc) {
        return fromCode(rc, NativeAccess.errmsg(db));
    }

    /** The exception for a failure sqlite-jdbc reported by throwing. */
    static PyException fromSql(DB db, SQLException e) {
        int rc = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        if (rc == 0) {
            rc = 1;
        }
        String msg = db == null ? null : NativeAccess.errmsg(db);
        if (msg == null || msg.isEmpty() || "not an error".equals(msg)) {
            msg = e.getMessage();
            int open = msg == null ? -1 : msg.indexOf('(');
            if (open >= 0 && msg.endsWith(")")) {
                msg = msg.substring(open + 1, msg.length() - 1);
            }
        }
        return fromCode(rc, msg);
    }

    /** The {@code SQLITE_*} name of an extended or primary result code, or null. */
    static String errorName(int rc) {
        String n = NAMES.get(rc);
        return n != null ? n : NAMES.get(rc & 0xff);
    }

    private static final Map<Integer, String> NAMES = new HashMap<>();

    /** The result codes as name, value pairs (also the module's constants). */
    static final Object[] RESULT_CODES = {
        "SQLITE_ABORT", 4, "SQLITE_ABORT_ROLLBACK", 516, "SQLITE_AUTH", 23, "SQLITE_AUTH_USER", 279,
        "SQLITE_BUSY", 5, "SQLITE_BUSY_RECOVERY", 261, "SQLITE_BUSY_SNAPSHOT", 517,
        "SQLITE_BUSY_TIMEOUT", 773, "SQLITE_CANTOPEN", 14, "SQLITE_CANTOPEN_CONVPATH", 1038,
        "SQLITE_CANTOPEN_DIRTYWAL", 1294, "SQLITE_CANTOPEN_FULLPATH", 782, "SQLITE_CANTOPEN_ISDIR", 526,
        "SQLITE_CANTOPEN_NOTEMPDIR", 270, "SQLITE_CANTOPEN_SYMLINK", 1550, "SQLITE_CONSTRAINT", 19,
        "SQLITE_CONSTRAINT_CHECK", 275, "SQLITE_CONSTRAINT_COMMITHOOK", 531,
        "SQLITE_CONSTRAINT_FOREIGNKEY", 787, "SQLITE_CONSTRAINT_FUNCTION", 1043,
        "SQLITE_CONSTRAINT_NOTNULL", 1299, "SQLITE_CONSTRAINT_PINNED", 2835,
        "SQLITE_CONSTRAINT_PRIMARYKEY", 1555, "SQLITE_CONSTRAINT_ROWID", 2579,
        "SQLITE_CONSTRAINT_TRIGGER", 1811, "SQLITE_CONSTRAINT_UNIQUE", 2067, "SQLITE_CONSTRAINT_VTAB", 2323,
        "SQLITE_CORRUPT", 11, "SQLITE_CORRUPT_INDEX", 779, "SQLITE_CORRUPT_SEQUENCE", 523,
        "SQLITE_CORRUPT_VTAB", 267, "SQLITE_DONE", 101, "SQLITE_EMPTY", 16, "SQLITE_ERROR", 1,
        "SQLITE_ERROR_MISSING_COLLSEQ", 257, "SQLITE_ERROR_RETRY", 513, "SQLITE_ERROR_SNAPSHOT", 769,
        "SQLITE_FORMAT", 24, "SQLITE_FULL", 13, "SQLITE_INTERNAL", 2, "SQLITE_INTERRUPT", 9,
        "SQLITE_IOERR", 10, "SQLITE_IOERR_ACCESS", 3338, "SQLITE_IOERR_AUTH", 7178,
        "SQLITE_IOERR_BEGIN_ATOMIC", 7434, "SQLITE_IOERR_BLOCKED", 2826,
        "SQLITE_IOERR_CHECKRESERVEDLOCK", 3594, "SQLITE_IOERR_CLOSE", 4106,
        "SQLITE_IOERR_COMMIT_ATOMIC", 7690, "SQLITE_IOERR_CONVPATH", 6666, "SQLITE_IOERR_CORRUPTFS", 8458,
        "SQLITE_IOERR_DATA", 8202, "SQLITE_IOERR_DELETE", 2570, "SQLITE_IOERR_DELETE_NOENT", 5898,
        "SQLITE_IOERR_DIR_CLOSE", 4362, "SQLITE_IOERR_DIR_FSYNC", 1290, "SQLITE_IOERR_FSTAT", 1802,
        "SQLITE_IOERR_FSYNC", 1034, "SQLITE_IOERR_GETTEMPPATH", 6410, "SQLITE_IOERR_LOCK", 3850,
        "SQLITE_IOERR_MMAP", 6154, "SQLITE_IOERR_NOMEM", 3082, "SQLITE_IOERR_RDLOCK", 2314,
        "SQLITE_IOERR_READ", 266, "SQLITE_IOERR_ROLLBACK_ATOMIC", 7946, "SQLITE_IOERR_SEEK", 5642,
        "SQLITE_IOERR_SHMLOCK", 5130, "SQLITE_IOERR_SHMMAP", 5386, "SQLITE_IOERR_SHMOPEN", 4618,
        "SQLITE_IOERR_SHMSIZE", 4874, "SQLITE_IOERR_SHORT_READ", 522, "SQLITE_IOERR_TRUNCATE", 1546,
        "SQLITE_IOERR_UNLOCK", 2058, "SQLITE_IOERR_VNODE", 6922, "SQLITE_IOERR_WRITE", 778,
        "SQLITE_LOCKED", 6, "SQLITE_LOCKED_SHAREDCACHE", 262, "SQLITE_LOCKED_VTAB", 518,
        "SQLITE_MISMATCH", 20, "SQLITE_MISUSE", 21, "SQLITE_NOLFS", 22, "SQLITE_NOMEM", 7,
        "SQLITE_NOTADB", 26, "SQLITE_NOTFOUND", 12, "SQLITE_NOTICE", 27,
        "SQLITE_NOTICE_RECOVER_ROLLBACK", 539, "SQLITE_NOTICE_RECOVER_WAL", 283, "SQLITE_OK", 0,
        "SQLITE_OK_LOAD_PERMANENTLY", 256, "SQLITE_OK_SYMLINK", 512, "SQLITE_PERM", 3, "SQLITE_PROTOCOL", 15,
        "SQLITE_RANGE", 25, "SQLITE_READONLY", 8, "SQLITE_READONLY_CANTINIT", 1288,
        "SQLITE_READONLY_CANTLOCK", 520, "SQLITE_READONLY_DBMOVED", 1032, "SQLITE_READONLY_DIRECTORY", 1544,
        "SQLITE_READONLY_RECOVERY", 264, "SQLITE_READONLY_ROLLBACK", 776, "SQLITE_ROW", 100,
        "SQLITE_SCHEMA", 17, "SQLITE_TOOBIG", 18, "SQLITE_WARNING", 28, "SQLITE_WARNING_AUTOINDEX", 284,
    };
    /** The authorizer action and return codes and the limit categories, as name, value pairs. */
    static final Object[] OTHER_CODES = {
        "SQLITE_ALTER_TABLE", 26, "SQLITE_ANALYZE", 28, "SQLITE_ATTACH", 24, "SQLITE_CREATE_INDEX", 1,
        "SQLITE_CREATE_TABLE", 2, "SQLITE_CREATE_TEMP_INDEX", 3, "SQLITE_CREATE_TEMP_TABLE", 4,
        "SQLITE_CREATE_TEMP_TRIGGER", 5, "SQLITE_CREATE_TEMP_VIEW", 6, "SQLITE_CREATE_TRIGGER", 7,
        "SQLITE_CREATE_VIEW", 8, "SQLITE_CREATE_VTABLE", 29, "SQLITE_DELETE", 9, "SQLITE_DENY", 1,
        "SQLITE_DETACH", 25, "SQLITE_DROP_INDEX", 10, "SQLITE_DROP_TABLE", 11, "SQLITE_DROP_TEMP_INDEX", 12,
        "SQLITE_DROP_TEMP_TABLE", 13, "SQLITE_DROP_TEMP_TRIGGER", 14, "SQLITE_DROP_TEMP_VIEW", 15,
        "SQLITE_DROP_TRIGGER", 16, "SQLITE_DROP_VIEW", 17, "SQLITE_DROP_VTABLE", 30, "SQLITE_FUNCTION", 31,
        "SQLITE_IGNORE", 2, "SQLITE_INSERT", 18, "SQLITE_LIMIT_ATTACHED", 7, "SQLITE_LIMIT_COLUMN", 2,
        "SQLITE_LIMIT_COMPOUND_SELECT", 4, "SQLITE_LIMIT_EXPR_DEPTH", 3, "SQLITE_LIMIT_FUNCTION_ARG", 6,
        "SQLITE_LIMIT_LENGTH", 0, "SQLITE_LIMIT_LIKE_PATTERN_LENGTH", 8, "SQLITE_LIMIT_SQL_LENGTH", 1,
        "SQLITE_LIMIT_TRIGGER_DEPTH", 10, "SQLITE_LIMIT_VARIABLE_NUMBER", 9, "SQLITE_LIMIT_VDBE_OP", 5,
        "SQLITE_LIMIT_WORKER_THREADS", 11, "SQLITE_PRAGMA", 19, "SQLITE_READ", 20, "SQLITE_RECURSIVE", 33,
        "SQLITE_REINDEX", 27, "SQLITE_SAVEPOINT", 32, "SQLITE_SELECT", 21, "SQLITE_TRANSACTION", 22,
        "SQLITE_UPDATE", 23,
    };

    // After the tables, which static initialization fills in textual order.
    static {
        for (int i = 0; i < RESULT_CODES.length; i += 2) {
            NAMES.put((Integer) RESULT_CODES[i + 1], (String) RESULT_CODES[i]);
        }
    }

}
