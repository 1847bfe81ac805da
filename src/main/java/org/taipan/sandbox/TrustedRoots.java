package org.taipan.sandbox;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyStr;

/**
 * The directories a sandboxed interpreter (one without {@link Permission#FILE_SYSTEM}) may still
 * import from: the absolute entries of {@code sys.path} when the interpreter was created (the
 * standard library, {@code PYTHONPATH}, the script's directory), plus those its host adds with
 * {@link #add}. The interpreter's own Java import system is trusted to list them and read the
 * Python source files ({@code .py}) under them, and tracebacks and warnings show those files'
 * lines; anything else (a directory the script
 * put on {@code sys.path} or a package's {@code __path__}, a loader made for an arbitrary file, the
 * source line of code compiled under an arbitrary file name) is refused with PermissionError. The
 * empty entry (the working directory of {@code -c} and of embedded interpreters) is not trusted,
 * and is removed from the sandboxed interpreter's {@code sys.path}: it is wherever the host
 * process happens to run.
 *
 * <p>Paths are compared after resolving symbolic links, so {@code ..} and links cannot climb out
 * of a root; the script cannot create links (that needs FILE_SYSTEM).
 */
public final class TrustedRoots {
    private final List<Path> roots = new CopyOnWriteArrayList<>();

    private TrustedRoots() {}

    /** The roots of {@code interp} (empty until {@link #capture} or {@link #add}). */
    public static TrustedRoots of(Interpreter interp) {
        return interp.moduleState(TrustedRoots.class, TrustedRoots::new);
    }

    /**
     * Records the absolute entries of {@code interp}'s initial {@code sys.path} and removes the
     * others (the empty entry: the working directory), so that every entry a sandboxed script
     * finds on its {@code sys.path} is importable and every one it adds is refused (called as the
     * interpreter is created).
     */
    public static void capture(Interpreter interp) {
        TrustedRoots t = of(interp);
        if (interp.sysAttribute("path") instanceof PyList path) {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof PyStr s && s.toString().startsWith("/")) {
                    t.add(s.toString());
                } else {
                    path.remove(i);
                }
            }
        }
    }

    /**
     * Trusts the directory {@code dir} (an absolute path) and everything under it: modules there
     * can be imported by the sandboxed interpreter. For hosts that put their own module
     * directories on {@code sys.path}.
     */
    public void add(String dir) {
        Path p = real(dir);
        if (p != null && !roots.contains(p)) {
            roots.add(p);
        }
    }

    /**
     * Whether {@code interp} may read {@code file} through its trusted import machinery: always
     * with FILE_SYSTEM, else only a Python source file ({@code .py}) under a root (the data and
     * configuration files next to a host's modules stay closed).
     */
    public static boolean mayRead(Interpreter interp, String file) {
        return interp.permits(Permission.FILE_SYSTEM) || file.endsWith(".py") && underRoot(interp, file);
    }

    /** Whether {@code interp} may look for modules in the directory {@code dir}: with FILE_SYSTEM, or under a root. */
    public static boolean mayImportFrom(Interpreter interp, String dir) {
        return interp.permits(Permission.FILE_SYSTEM) || underRoot(interp, dir);
    }

    private static boolean underRoot(Interpreter interp, String file) {
        Path p = real(file);
        if (p == null) {
            return false;
        }
        for (Path root : of(interp).roots) {
            if (p.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a traceback or warning printed on this thread may show lines of {@code file}: code
     * can be compiled under any file name ({@code compile(src, '/etc/passwd', 'exec')}), so a
     * sandboxed interpreter shows only the lines of files under its roots. A thread running no
     * Python code is the host's, which may read anything.
     */
    public static boolean mayShowSource(String file) {
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        return ts == null || mayRead(ts.interpreter, file);
    }

    /**
     * The absolute path without links, or null. The links are resolved before {@code ..} (as the
     * system does when it opens the file); a path that does not exist is normalised lexically.
     */
    private static Path real(String text) {
        try {
            Path p = Path.of(text).toAbsolutePath();
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p.normalize();
            }
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
