package org.taipan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.taipan.modules.posix.FsEncoding;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyStr;

/**
 * The initial {@code sys.path}, as CPython 3.11 with its {@code site} module computes it (minus
 * site-packages, which Taipan does not use): first the main program's entry — the script's
 * directory (its final symbolic links resolved), {@code ''} for {@code -c} and standard input, the
 * working directory for {@code -m} — then the {@code PYTHONPATH} entries made absolute and without
 * duplicates (site's {@code removeduppaths}), then the standard library when one was found.
 */
public final class SysPath {
    private SysPath() {}

    /**
     * The first entry of {@code sys.path} for a program started with this {@code argv[0]}:
     * {@code "-c"}, {@code "-"} or {@code ""} give {@code ''}; {@code "-m"} gives the working
     * directory; a script gives its directory.
     */
    public static String mainEntry(String argv0) {
        if (argv0.isEmpty() || argv0.equals("-c") || argv0.equals("-")) {
            return "";
        }
        Path cwd = FsEncoding.startingDirectory();
        if (argv0.equals("-m")) {
            return FsEncoding.text(cwd);
        }
        try {
            Path script = cwd.resolve(FsEncoding.toPath(argv0));
            // CPython follows the script's own symbolic links (not its directories') for sys.path[0].
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(script); hops++) {
                Path parent = script.getParent();
                script = parent == null ? Files.readSymbolicLink(script) : parent.resolve(Files.readSymbolicLink(script));
            }
            Path parent = script.getParent();
            return parent == null ? "" : FsEncoding.text(parent);
        } catch (IOException | InvalidPathException e) {
            return "";
        }
    }

    /**
     * The whole initial {@code sys.path}.
     *
     * @param argv0  the program's {@code sys.argv[0]} as {@link #mainEntry} reads it
     * @param env    the environment ({@code PYTHONPATH} is read)
     * @param stdlib the standard library location
     */
    public static PyList initial(String argv0, Map<String, String> env, StdlibLocator.Location stdlib) {
        return initial(argv0, env, stdlib, false);
    }

    /**
     * As {@link #initial(String, Map, StdlibLocator.Location)}; with {@code safePath}
     * ({@code -P}, {@code -I}, {@code PYTHONSAFEPATH}) without the main program's entry.
     */
    public static PyList initial(String argv0, Map<String, String> env, StdlibLocator.Location stdlib,
                                 boolean safePath) {
        PyList path = new PyList();
        if (!safePath) {
            path.append(PyStr.of(mainEntry(argv0)));
        }
        Set<String> seen = new LinkedHashSet<>();
        String pythonPath = env.get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            Path cwd = FsEncoding.startingDirectory();
            for (String entry : pythonPath.split(":", -1)) {
                try {
                    seen.add(FsEncoding.text(cwd.resolve(FsEncoding.toPath(entry)).normalize()));
                } catch (InvalidPathException e) {
                    seen.add(entry);
                }
            }
        }
        if (stdlib.found()) {
            seen.add(stdlib.dir().toString());
        }
        for (String s : seen) {
            path.append(PyStr.of(s));
        }
        return path;
    }

    /** {@link #initial} for this process's environment. */
    public static PyList initial(List<String> argv) {
        Map<String, String> env = System.getenv();
        return initial(argv.isEmpty() ? "" : argv.get(0), env, StdlibLocator.locate(env));
    }
}
