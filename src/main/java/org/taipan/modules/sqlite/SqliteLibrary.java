package org.taipan.modules.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/** The SQLite library sqlite-jdbc loads: its version, read once from a scratch in-memory connection. */
final class SqliteLibrary {
    private SqliteLibrary() {}

    private static volatile String version;

    /** {@code sqlite3_libversion()}, e.g. "3.50.1". */
    static String version() {
        String v = version;
        if (v == null) {
            try (SQLiteConnection c = (SQLiteConnection) new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
                v = c.libversion();
            } catch (SQLException e) {
                throw SqliteErrors.fromCode(1, "cannot load SQLite: " + e.getMessage());
            }
            version = v;
        }
        return v;
    }
}
