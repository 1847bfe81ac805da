package org.taipan.modules.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.core.DB;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.HasDict;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The state of a {@code sqlite3.Connection} (CPython's {@code pysqlite_Connection},
 * {@code connection.c}): the sqlite-jdbc connection and its native database, the isolation
 * level (the BEGIN sent before a DML statement outside a transaction; null for autocommit),
 * the LRU cache of prepared statements, the factories and the thread check. The Python-level
 * methods are in {@link ConnectionMethods}.
 */
class PyConnection extends PyObject {
    private final PyType type;
    SqliteState state;
    SQLiteConnection jdbc;
    DB db;
    boolean initialized;
    /** The isolation level: "", "DEFERRED", "IMMEDIATE" or "EXCLUSIVE"; null in autocommit mode. */
    String isolationLevel;
    int detectTypes;
    boolean checkSameThread = true;
    long ownerThread;
    PyObject rowFactory = PyNone.NONE;
    PyObject textFactory = PyStr.TYPE;
    /** The open database, or null; see {@link NativeConnection}. */
    private NativeConnection nat;
    private java.lang.ref.Cleaner.Cleanable cleanable;
    private java.lang.ref.WeakReference<PyConnection> openKey;

    /**
     * Whether a transaction is open (the negation of {@code sqlite3_get_autocommit}, which
     * sqlite-jdbc does not offer): set by a BEGIN or SAVEPOINT that ran, cleared by a COMMIT,
     * END or ROLLBACK that ran and by SQLite's own commit and rollback hooks.
     */
    boolean inTransaction() {
        return nat != null && nat.inTransaction;
    }

    private void setInTransaction(boolean open) {
        nat.inTransaction = open;
    }
    private int cacheSize = 128;
    private Map<String, Statement> cache;
    /** Every statement not yet finalized, so that close() can finalize them first. */
    List<Statement> live = new ArrayList<>();
    /**
     * The registered user functions, aggregates, collations and progress handler, each with its
     * Python callable: the callbacks hold both only weakly ({@link UserFunctions.Hold}), so this
     * map is what keeps the callables alive while the connection is.
     */
    final Map<String, Registered> callbacks = new java.util.HashMap<>();

    /** A registered callback object and the Python callable (or aggregate class) it calls. */
    record Registered(Object callback, PyObject target) {}

    PyConnection(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    static final class Sub extends PyConnection implements HasDict {
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

    static final String[] INIT_PARAMS = {"database", "timeout", "detect_types", "isolation_level",
        "check_same_thread", "factory", "cached_statements", "uri"};

    /**
     * {@code pysqlite_connection_init}: opens {@code database} (a path, ":memory:", or a URI when
     * {@code uri}) with the busy timeout {@code timeout} seconds.
     *
     * @throws PyException OperationalError "unable to open database file"; TypeError, ValueError
     *     for a bad isolation level
     */
    void init(PyObject[] a, String[] k) {
        PyObject[] v = MethodArgs.bind("Connection", a, k, 0, INIT_PARAMS);
        PyObject database = MethodArgs.required("Connection", v, 0, "database");
        double timeout = v[1] == null ? 5.0 : Abstract.toDouble(v[1]);
        int detect = v[2] == null ? 0 : org.taipan.runtime.Args.cInt(v[2]);
        PyObject level = v[3] == null ? PyStr.of("") : v[3];
        boolean sameThread = v[4] == null || Abstract.isTrue(v[4]);
        int cached = v[6] == null ? 128 : org.taipan.runtime.Args.cInt(v[6]);
        boolean uri = v[7] != null && Abstract.isTrue(v[7]);
        if (initialized) {
            // A second __init__ closes the database first; if it then fails, the object is unusable.
            close();
            initialized = false;
        }
        String path = pathText(database);
        String checkedLevel = checkIsolationLevel(level);
        state = SqliteState.current();
        if (!path.equals(":memory:") && !path.isEmpty()) {
            ThreadState.current().interpreter.requirePermission(Permission.FILE_SYSTEM, "sqlite3.connect()");
        }
        if (db != null) {
            close();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout * 1000)));
        if (uri) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        // A file name is the program's: relative to its os.chdir directory (the JVM's stays where it
        // started), and a new file gets SQLite's 0644 less the interpreter's os.umask, as the C
        // library's open(2) would give it under CPython.
        java.nio.file.Path file = null;
        boolean fresh = false;
        long epoch = org.taipan.modules.posix.PosixState.umaskEpoch();
        org.taipan.modules.posix.PosixState posix = null;
        if (uri && path.startsWith("file:")) {
            path = uriRelativeToCwd(path);
        } else if (!path.isEmpty() && !path.equals(":memory:")) {
            posix = org.taipan.modules.posix.PosixState.of(ThreadState.current().interpreter);
            try {
                file = posix.cwd().resolve(path);
                path = file.toString();
                fresh = !java.nio.file.Files.exists(file);
            } catch (java.nio.file.InvalidPathException e) {
                // left to SQLite, which reports it
            }
        }
        try {
            jdbc = (SQLiteConnection) config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw SqliteErrors.fromCode(e instanceof org.sqlite.SQLiteException se ? se.getResultCode().code : 14,
                    "unable to open database file");
        }
        int fix = fresh ? posix.creationModeFix(0644, epoch) : -1;
        if (fix >= 0 && java.nio.file.Files.exists(file)) {
            try {
                java.nio.file.Files.setAttribute(file, "unix:mode", fix);
            } catch (java.io.IOException | RuntimeException e) {
                // the database is open; its file keeps the mode the process's mask gave it
            }
        }
        nat = new NativeConnection(jdbc);
        cleanable = NativeConnection.CLEANER.register(this, nat);
        openKey = state.opened(this, nat);
        db = nat.db;
        live = nat.live;
        try {
            sqlLengthLimit = db.limit(1, -1);
        } catch (SQLException e) {
            throw SqliteErrors.fromSql(db, e);
        }
        isolationLevel = checkedLevel;
        detectTypes = detect;
        checkSameThread = sameThread;
        ownerThread = Thread.currentThread().threadId();
        cacheSize = cached;
        cache = new LinkedHashMap<>(16, 0.75f, true);
        rowFactory = PyNone.NONE;
        textFactory = PyStr.TYPE;
        initialized = true;
    }

    /** A database argument as text: str, bytes or an {@code os.PathLike}. */
    private static String pathText(PyObject database) {
        PyObject p = database;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject fspath = Abstract.lookupAttr(p.type(), PyStr.of("__fspath__"));
            if (fspath == null) {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().name());
            }
            p = Callables.call(fspath, database);
        }
        if (p instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (p instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().name());
    }

    /**
     * The isolation level {@code level} allows: null for None, else its upper-cased text.
     *
     * @throws PyException TypeError "isolation_level must be str or None"; ValueError for any
     *     other text than '', DEFERRED, IMMEDIATE, EXCLUSIVE
     */
    static String checkIsolationLevel(PyObject level) {
        if (level == PyNone.NONE) {
            return null;
        }
        if (!(level instanceof PyStr s)) {
            throw Errors.typeError("isolation_level must be str or None");
        }
        String u = s.toString().toUpperCase(java.util.Locale.ROOT);
        return switch (u) {
            case "", "DEFERRED", "IMMEDIATE", "EXCLUSIVE" -> u;
            default -> throw Errors.valueError(
                    "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
        };
    }

    /** {@code pysqlite_check_thread}: ProgrammingError when used from another thread than the creator. */
    void checkThread() {
        if (checkSameThread && initialized) {
            long now = Thread.currentThread().threadId();
            if (now != ownerThread) {
                throw SqliteErrors.programming("SQLite objects created in a thread can only be used in that same "
                        + "thread. The object was created in thread id %d and this is thread id %d.", ownerThread, now);
            }
        }
    }

    /** {@code pysqlite_check_connection}: ProgrammingError when closed or never initialized. */
    void checkOpen() {
        if (!initialized) {
            throw SqliteErrors.programming("Base Connection.__init__ not called.");
        }
        if (db == null) {
            throw SqliteErrors.programming("Cannot operate on a closed database.");
        }
    }

    /** Both checks, thread first, as most methods make them. */
    void check() {
        checkThread();
        checkOpen();
    }

    /**
     * A prepared statement for {@code sql} that no cursor is reading: from the cache when it
     * holds one not in use, else a new one (cached if the cache has room for it).
     */
    Statement statement(String sql) {
        Statement s = cacheSize > 0 ? cache.get(sql) : null;
        if (s != null && !s.inUse && !s.isFinalized()) {
            s.reset();
            return s;
        }
        checkLength(sql);
        s = Statement.prepare(db, sql);
        if (s == null) {
            return null;
        }
        live.add(s);
        if (cacheSize > 0 && !cache.containsKey(sql)) {
            cache.put(sql, s);
            if (cache.size() > cacheSize) {
                var it = cache.entrySet().iterator();
                Statement old = it.next().getValue();
                it.remove();
                if (old.inUse) {
                    old.evicted = true;
                } else {
                    release(old);
                }
            }
        } else {
            s.evicted = true;
        }
        return s;
    }

    /**
     * DataError "query string is too large" for SQL longer than {@code SQLITE_LIMIT_SQL_LENGTH}
     * bytes of UTF-8, as CPython checks before preparing.
     */
    void checkLength(String sql) {
        // A UTF-8 character takes 1 to 3 bytes (a surrogate pair 4 for 2 chars).
        if ((long) sql.length() * 3 > sqlLengthLimit) {
            long bytes = sql.length() > sqlLengthLimit ? sql.length()
                    : java.nio.charset.StandardCharsets.UTF_8.encode(sql).remaining();
            if (bytes > sqlLengthLimit) {
                throw org.taipan.runtime.Errors.of(SqliteErrors.DATA_ERROR, "query string is too large");
            }
        }
    }

    /**
     * The exception a callback left to report instead of SQLite's generic error: MemoryError,
     * or DataError "string or blob too big" for an OverflowError (CPython sets
     * {@code SQLITE_NOMEM} and {@code SQLITE_TOOBIG}, which sqlite-jdbc's callbacks cannot).
     */
    PyException callbackFailure;

    /**
     * {@code set_trace_callback}'s callable, or null: called with the text of each statement
     * as it starts to run (sqlite-jdbc has no {@code sqlite3_trace_v2}, so statements SQLite
     * runs itself, such as a trigger's, are not traced, and bound values are not expanded).
     */
    PyObject traceCallback;

    /** Calls the trace callback, if any, with {@code sql}; its exceptions are reported, not raised. */
    void trace(String sql) {
        PyObject f = traceCallback;
        if (f != null) {
            try {
                Callables.call(f, PyStr.of(sql));
            } catch (PyException e) {
                if (state.callbackTracebacks) {
                    ThreadState.current().interpreter.finalization().writeUnraisable(e.value, null, f);
                }
            }
        }
    }

    /** {@code SQLITE_LIMIT_SQL_LENGTH}, read at open and kept by {@code setlimit}. */
    int sqlLengthLimit = Integer.MAX_VALUE;

    /** The error of a failed step: what a callback left, else SQLite's. */
    PyException stepError(int rc) {
        PyException e = callbackFailure;
        callbackFailure = null;
        return e != null ? e : SqliteErrors.fromDb(db, rc);
    }

    /** Finalizes a statement that left the cache once no cursor reads it. */
    void release(Statement s) {
        s.finish();
        live.remove(s);
    }

    /** A statement a cursor is done with: reset, and finalized if it is not cached. */
    void done(Statement s) {
        s.reset();
        if (s.evicted) {
            release(s);
        }
    }

    /** Notes the transaction a statement that ran successfully opened or closed. */
    void afterStatement(Statement s) {
        String kw = s.keyword;
        if (kw.equals("BEGIN") || kw.equals("SAVEPOINT")) {
            setInTransaction(true);
        } else if (kw.equals("COMMIT") || kw.equals("END")) {
            setInTransaction(false);
        } else if (kw.equals("ROLLBACK") && !rollsBackToSavepoint(s.sql)) {
            setInTransaction(false);
        }
    }

    private static boolean rollsBackToSavepoint(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\bROLLBACK\\s+(TRANSACTION\\s+)?TO\\b.*");
    }

    /** Runs one statement with no parameters to its end (BEGIN, COMMIT, ROLLBACK). */
    void run(String sql) {
        Statement s = Statement.prepare(db, sql);
        if (s == null) {
            return;
        }
        trace(sql);
        try {
            int rc;
            do {
                rc = s.step(mayReleaseGil());
            } while (rc == Statement.SQLITE_ROW);
            if (rc != Statement.SQLITE_DONE) {
                throw SqliteErrors.fromDb(db, rc);
            }
            afterStatement(s);
        } finally {
            rowidStale = true;
            s.finish();
        }
    }

    private Statement rowidStatement;
    private long rowid;
    /** Whether a statement that may insert ran since {@link #rowid} was read. */
    boolean rowidStale = true;

    /**
     * {@code sqlite3_last_insert_rowid}, which sqlite-jdbc does not offer: read with SQL's
     * {@code last_insert_rowid()} after a statement that may have inserted, else remembered.
     */
    long lastInsertRowid() {
        if (rowidStale) {
            if (rowidStatement == null || rowidStatement.isFinalized()) {
                rowidStatement = Statement.prepare(db, "SELECT last_insert_rowid()");
                live.add(rowidStatement);
            }
            rowidStatement.step();
            try {
                rowid = db.column_long(rowidStatement.st, 0);
            } catch (SQLException e) {
                throw SqliteErrors.fromSql(db, e);
            }
            rowidStatement.reset();
            rowidStale = false;
        }
        return rowid;
    }

    /** Whether a step may run without the GIL: no Python callback is registered to run inside it. */
    boolean mayReleaseGil() {
        return callbacks.isEmpty();
    }

    /** {@code begin_transaction}: "BEGIN " and the isolation level. */
    void begin() {
        run("BEGIN " + isolationLevel);
    }

    /**
     * The implicit BEGIN before a DML statement ({@code _pysqlite_query_execute}), unless a
     * transaction is open. The test and the BEGIN are one step for the threads that share this
     * connection (check_same_thread=False): the BEGIN's step may release the GIL, and another
     * thread testing meanwhile would send a second BEGIN ("cannot start a transaction within a
     * transaction"). A thread waits for the lock without the GIL, so the holder can take it back.
     */
    void beginIfNeeded() {
        // Blocking.lock lets go of the lock if the thread is ended while taking the GIL back
        Blocking.lock(beginLock);
        try {
            if (!inTransaction()) {
                begin();
            }
        } finally {
            beginLock.unlock();
        }
    }

    private final ReentrantLock beginLock = new ReentrantLock();

    /** {@code commit()}: COMMIT when a transaction is open. */
    void commit() {
        check();
        if (inTransaction()) {
            run("COMMIT");
        }
    }

    /** {@code rollback()}: ROLLBACK when a transaction is open. */
    void rollback() {
        check();
        if (inTransaction()) {
            // 3.11 leaves the cursors' statements as they are (bpo-44092): they read on.
            run("ROLLBACK");
        }
    }

    /** {@code close()}: finalizes every statement and closes the database; again does nothing. */
    void close() {
        if (db == null) {
            return;
        }
        if (cache != null) {
            cache.clear();
        }
        cleanable.clean();
        state.closed(openKey);
        nat = null;
        cleanable = null;
        db = null;
        jdbc = null;
        traceCallback = null;
        rowidStatement = null;
        callbacks.clear();
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static PyObject num(long v) {
        return PyInt.of(v);
    }

    static PyObject real(double v) {
        return new PyFloat(v);
    }

    /**
     * A {@code file:} URI whose path is relative, with the path made absolute against the
     * interpreter's {@code os.chdir} directory when that is not the process's (SQLite resolves it
     * against the process's): {@code file:data.db?mode=ro} as CPython's sqlite3 would open it.
     * Anything else ({@code file:/abs}, {@code file://host/...}, {@code file::memory:}, an empty
     * name, not a file URI) is returned as it is.
     */
    static String uriRelativeToCwd(String uri) {
        // SQLite takes only a lower-case "file:" as a URI (sqlite3ParseUri)
        if (!uri.startsWith("file:") || uri.length() == 5) {
            return uri;
        }
        char first = uri.charAt(5);
        if (first == '/' || first == ':' || first == '?' || first == '#') {
            return uri;
        }
        java.nio.file.Path cwd = org.taipan.modules.posix.PosixState.of(ThreadState.current().interpreter).movedCwd();
        if (cwd == null) {
            return uri;
        }
        StringBuilder b = new StringBuilder("file:");
        for (byte x : org.taipan.modules.posix.FsEncoding.bytes(cwd)) {
            int c = x & 0xff;
            // the directory's bytes as URI text: SQLite decodes %HH in the path
            if (c > 0x20 && c < 0x7f && c != '%' && c != '?' && c != '#') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return b.append('/').append(uri, 5, uri.length()).toString();
    }
}
