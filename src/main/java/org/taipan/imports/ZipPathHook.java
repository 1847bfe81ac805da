package org.taipan.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;

/**
 * The first hook of {@code sys.path_hooks}, where CPython has {@code zipimport.zipimporter}: a
 * {@code sys.path} entry naming a Zip archive, or a directory inside one
 * ({@code app.zip/lib}), gets a {@code zipimporter} of the standard library's {@code zipimport},
 * imported on the first such entry. An entry with no file at or above it (a directory, a path
 * that does not exist) is refused here with ImportError "not a Zip file", as zipimporter refuses
 * it, without importing zipimport, so that a program without Zip archives on its path does not
 * pay for that module and the importlib sources it runs on.
 */
final class ZipPathHook {
    private ZipPathHook() {}

    /**
     * The hook object placed in {@code sys.path_hooks}: called from Python, it is
     * {@code zipimport.zipimporter} itself (ZipImportError for what is no archive); the path
     * finder calls {@link #forEntry}, which refuses most entries without importing zipimport.
     */
    static final PyBuiltinFunction HOOK = new PyBuiltinFunction("zipimporter", (a, k) -> {
        PyObject entry = Args.oneArg("zipimporter", a, k);
        if (entry instanceof PyStr s) {
            checkSandbox(s);
        }
        return zipimporter(entry);
    });

    /**
     * In a sandbox, the permission to import from {@code entry} (resolved against the working
     * directory) unless it is under a trusted root, asked before the file system is probed, as
     * {@link FileFinder#forEntry} asks it.
     *
     * @throws org.taipan.runtime.PyException PermissionError when the sandbox refuses
     */
    private static void checkSandbox(PyStr entry) {
        Interpreter interp = ThreadState.current().interpreter;
        Path p;
        try {
            p = FileFinder.cwd().resolve(FsEncoding.toPath(entry.toString().isEmpty() ? "." : entry.toString())).normalize();
        } catch (InvalidPathException e) {
            return;
        }
        if (!org.taipan.sandbox.TrustedRoots.mayImportFrom(interp, p.toString())) {
            interp.requirePermission(org.taipan.runtime.Permission.FILE_SYSTEM,
                    "importing from " + org.taipan.runtime.StrRepr.repr(entry));
        }
    }

    /**
     * A {@code zipimporter} for {@code entry}, for the path finder.
     *
     * @throws org.taipan.runtime.PyException ImportError "not a Zip file" when no file is at or
     *     above {@code entry}; zipimport's ZipImportError (an ImportError) for a file that is no
     *     Zip archive; PermissionError in a sandbox that may not import from there
     * @throws NotYet for an archive met while zipimport itself is being imported
     */
    static PyObject forEntry(PyObject entry) {
        if (!(entry instanceof PyStr s)) {
            throw ImportErrors.of(ExceptionTypes.ImportError, "not a Zip file", null, entry);
        }
        checkSandbox(s);
        if (archiveOf(s.toString()) == null) {
            throw ImportErrors.of(ExceptionTypes.ImportError, "not a Zip file", null, entry);
        }
        Interpreter interp = ThreadState.current().interpreter;
        if (LOADING.get()) {
            // zipimport's own imports walk sys.path, this entry too: no finder for it yet
            throw new NotYet();
        }
        LOADING.set(true);
        try {
            interp.importer().importModule("zipimport", null, PyNone.NONE, 0);
        } finally {
            LOADING.set(false);
        }
        return zipimporter(entry);
    }

    /** {@code zipimport.zipimporter(entry)}, zipimport imported first if need be. */
    private static PyObject zipimporter(PyObject entry) {
        Interpreter interp = ThreadState.current().interpreter;
        PyObject zipimport = interp.importer().importModule("zipimport", null, PyNone.NONE, 0);
        return Callables.call(Abstract.getAttr(zipimport, "zipimporter"), entry);
    }

    /** Set on a thread while it imports zipimport (and what that imports). */
    private static final ThreadLocal<Boolean> LOADING = ThreadLocal.withInitial(() -> false);

    /**
     * Thrown by {@link #forEntry} for a Zip archive met while zipimport itself is being imported:
     * the path finder skips the entry this once without caching an answer for it.
     */
    static final class NotYet extends RuntimeException {
        NotYet() {
            super(null, null, false, false);
        }
    }

    /**
     * The regular file at or above {@code path} (resolved against the interpreter's working
     * directory), where zipimporter looks for the archive; null when the path is a directory, the
     * nearest existing path above it is one, or nothing exists up to the root.
     */
    private static Path archiveOf(String path) {
        if (path.isEmpty()) {
            return null;
        }
        Path p;
        try {
            p = FileFinder.cwd().resolve(FsEncoding.toPath(path)).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        for (; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return p;
            }
            if (Files.isDirectory(p)) {
                return null;
            }
        }
        return null;
    }
}
