package org.taipan.modules.sqlite;

import java.lang.ref.Cleaner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * The native side of one open connection: the sqlite-jdbc connection, its database, every
 * statement not yet finalized, and whether a transaction is open (kept from SQLite's commit and
 * rollback hooks, to which this object listens). It never reaches its {@link PyConnection}, so
 * that a connection the program drops without {@code close()} becomes unreachable and the
 * {@link #CLEANER} closes the database, as CPython's deallocation of a connection does.
 */
final class NativeConnection implements SQLiteCommitListener, Runnable {
    /** Closes the databases of connections that were dropped while open. */
    static final Cleaner CLEANER = Cleaner.create();

    final SQLiteConnection jdbc;
    final DB db;
    final List<Statement> live = new ArrayList<>();
    /** The negation of {@code sqlite3_get_autocommit}, which sqlite-jdbc does not offer. */
    volatile boolean inTransaction;

    NativeConnection(SQLiteConnection jdbc) {
        this.jdbc = jdbc;
        this.db = jdbc.getDatabase();
        db.addCommitListener(this);
    }

    @Override
    public void onCommit() {
        inTransaction = false;
    }

    @Override
    public void onRollback() {
        inTransaction = false;
    }

    private boolean closed;

    /**
     * Finalizes the statements, then closes the database (SQLite refuses while statements
     * live). Runs once: from {@code close()}, the interpreter's collection hook or the cleaner.
     */
    @Override
    public synchronized void run() {
        if (closed) {
            return;
        }
        closed = true;
        for (Statement s : new ArrayList<>(live)) {
            s.finish();
        }
        live.clear();
        try {
            jdbc.close();
        } catch (SQLException e) {
            // Unusable either way; CPython reports close errors only for busy statements.
        }
    }
}
