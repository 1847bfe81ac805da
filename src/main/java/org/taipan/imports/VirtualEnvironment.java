package org.taipan.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.taipan.modules.posix.FsEncoding;

/**
 * Where a virtual environment ({@code python -m venv DIR}) is found at start-up, by the rule of
 * CPython's {@code getpath}: a {@code pyvenv.cfg} file in the directory of the executable as it
 * was invoked ({@code DIR/bin/python}, a link to Taipan's launcher, not resolved), or one
 * directory up. In one, {@code site} runs at start-up ({@code Interpreter}): its {@code venv()}
 * makes the directory {@code sys.prefix} and {@code sys.exec_prefix} and adds its
 * {@code site-packages}. Outside one, Taipan runs no {@code site}, so CPython's own site-packages,
 * whose packages were installed for CPython, stay off {@code sys.path}.
 */
public final class VirtualEnvironment {
    private VirtualEnvironment() {}

    /** The configuration file that marks a virtual environment. */
    static final String CONFIG = "pyvenv.cfg";

    /** The system property the launcher sets to the path it was invoked by ({@code $0}). */
    static final String INVOKED_PROPERTY = "taipan.argv0";

    /**
     * {@code sys.executable}: the launcher as it was invoked when that was a path (made absolute
     * against the starting directory and normalized, but symbolic links kept, as CPython's
     * {@code getpath} does), else {@code launcher}.
     */
    static String executable(String launcher) {
        String invoked = System.getProperty(INVOKED_PROPERTY, "");
        if (launcher.isEmpty() || invoked.indexOf('/') < 0) {
            return launcher;
        }
        try {
            return FsEncoding.text(FsEncoding.startingDirectory().resolve(FsEncoding.toPath(invoked)).normalize());
        } catch (InvalidPathException e) {
            return launcher;
        }
    }

    /** The directory of the virtual environment that {@code executable} belongs to, or null. */
    public static Path of(String executable) {
        if (executable.isEmpty()) {
            return null;
        }
        Path bin = FsEncoding.toPath(executable).getParent();
        if (bin == null) {
            return null;
        }
        if (Files.isRegularFile(bin.resolve(CONFIG))) {
            return bin;
        }
        Path up = bin.getParent();
        if (up != null && Files.isRegularFile(up.resolve(CONFIG))) {
            return up;
        }
        return null;
    }
}
