package org.taipan.repl;

import java.nio.file.Path;

/**
 * Where the console's history persists: {@code ~/.taipan_history}, {@code ~} being
 * {@code $HOME} (then the JVM's {@code user.home}), as CPython's {@code site} keeps
 * {@code ~/.python_history}. A file that cannot be read or written only costs the history.
 */
final class HistoryFile {
    /** The file's name in the home directory. */
    static final String NAME = ".taipan_history";

    private HistoryFile() {}

    /** The history file's path, or null when no home directory is known. */
    static Path path() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        if (home == null || home.isEmpty()) {
            return null;
        }
        try {
            return Path.of(home, NAME);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
