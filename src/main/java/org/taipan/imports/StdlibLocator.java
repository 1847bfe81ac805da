package org.taipan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds the CPython 3.11 standard library (its pure-Python part, the directory holding
 * {@code os.py}) that Taipan imports from, in the order issue 5 fixes:
 * <ol>
 *   <li>{@code TAIPAN_STDLIB}, when set (used as given, even if it is not a standard library, so
 *       that the user's choice shows in {@code sys.path});</li>
 *   <li>{@code PYTHONHOME}'s {@code <prefix>/lib/python3.11}, when set (CPython's own variable,
 *       likewise used as given);</li>
 *   <li>the first {@code python3.11} on {@code PATH}, asked for
 *       {@code sysconfig.get_paths()["stdlib"]}. Starting a CPython costs more than Taipan's whole
 *       start-up, so the answer is kept in {@code $XDG_CACHE_HOME/taipan/stdlib-location} (else
 *       {@code ~/.cache/taipan/...}), keyed by the executable's path and modification time;</li>
 *   <li>the usual system locations ({@code /usr/local/lib/python3.11}, {@code /usr/lib/python3.11},
 *       {@code /usr/lib64/python3.11}).</li>
 * </ol>
 * The answer is a fact about the machine, so it is computed once per JVM and environment and
 * shared by every interpreter of the process (the test harness runs hundreds).
 */
public final class StdlibLocator {
    /** The environment variable naming the standard library directory. */
    public static final String ENV_VAR = "TAIPAN_STDLIB";

    /**
     * CPython's {@code PYTHONHOME} ({@code <prefix>[:<exec_prefix>]}): without {@link #ENV_VAR}, the
     * standard library is {@code <prefix>/lib/python3.11}, as CPython's {@code getpath} computes it.
     */
    public static final String HOME_VAR = "PYTHONHOME";

    /** The CPython executable asked for its standard library. */
    static final String PYTHON = "python3.11";

    private static final String[] SYSTEM_LOCATIONS = {
        "/usr/local/lib/python3.11", "/usr/lib/python3.11", "/usr/lib64/python3.11",
    };

    private static final String CACHE_FILE = "stdlib-location";

    /** Answers by the environment values they depend on. */
    private static final Map<List<String>, Location> ANSWERS = new ConcurrentHashMap<>();

    private StdlibLocator() {}

    /**
     * Where the standard library is, and how it was found.
     *
     * @param dir   the directory for {@code sys.path}, or null when none was found
     * @param how   how it was found ({@code "TAIPAN_STDLIB"}, {@code "PYTHONHOME"}, {@code "python3.11"},
     *              {@code "system location"}), or why none was
     * @param valid true when {@code dir} holds a standard library (a {@code TAIPAN_STDLIB} or {@code PYTHONHOME} may not)
     */
    public record Location(Path dir, String how, boolean valid) {
        /** True when there is a directory to put on {@code sys.path}. */
        public boolean found() {
            return dir != null;
        }

        /**
         * Why an import may have failed for want of a standard library, for the end of a
         * ModuleNotFoundError message; null when a valid standard library is in use.
         */
        public String problem() {
            if (valid) {
                return null;
            }
            String why = dir != null
                    ? (how.equals(HOME_VAR) ? HOME_VAR + " makes it " : ENV_VAR + " is ") + dir
                            + ", which holds no CPython 3.11 standard library (no os.py)"
                    : "Taipan found no CPython 3.11 standard library (" + how + ")";
            return why + "; set " + ENV_VAR + " to its directory, e.g. /usr/lib/python3.11";
        }
    }

    /** The standard library for this process's environment ({@link System#getenv()}). */
    public static Location locate() {
        return locate(System.getenv());
    }

    /**
     * The standard library for the given environment (TAIPAN_STDLIB, PYTHONHOME, PATH,
     * XDG_CACHE_HOME, HOME are read).
     */
    public static Location locate(Map<String, String> env) {
        List<String> key = new ArrayList<>();
        for (String v : new String[] {ENV_VAR, HOME_VAR, "PATH", "XDG_CACHE_HOME", "HOME"}) {
            key.add(String.valueOf(env.get(v)));
        }
        return ANSWERS.computeIfAbsent(key, k -> find(env, SYSTEM_LOCATIONS));
    }

    /** The search itself, uncached; {@code systemLocations} are tried last, in order. */
    static Location find(Map<String, String> env, String[] systemLocations) {
        String explicit = env.get(ENV_VAR);
        if (explicit != null && !explicit.isEmpty()) {
            Path dir = Path.of(explicit).toAbsolutePath().normalize();
            return new Location(dir, ENV_VAR, isStdlib(dir));
        }
        String home = env.get(HOME_VAR);
        // <prefix>[:<exec_prefix>]: the pure-Python library lives under the prefix (an empty one names none)
        String prefix = home == null ? "" : home.indexOf(':') >= 0 ? home.substring(0, home.indexOf(':')) : home;
        if (!prefix.isEmpty()) {
            Path dir = Path.of(prefix, "lib", PYTHON).toAbsolutePath().normalize();
            return new Location(dir, HOME_VAR, isStdlib(dir));
        }
        Path python = onPath(env.get("PATH"), PYTHON);
        if (python != null) {
            Path dir = askPython(python, cacheFile(env));
            if (dir != null) {
                return new Location(dir, PYTHON, true);
            }
        }
        for (String s : systemLocations) {
            Path dir = Path.of(s);
            if (isStdlib(dir)) {
                return new Location(dir, "system location", true);
            }
        }
        return new Location(null, "no " + ENV_VAR + ", no " + PYTHON + " on PATH, nothing in "
                + String.join(", ", systemLocations), false);
    }

    /** A standard library directory is recognised by its {@code os.py}. */
    static boolean isStdlib(Path dir) {
        return Files.isRegularFile(dir.resolve("os.py"));
    }

    /** The first executable file named {@code name} in the directories of {@code path}. */
    static Path onPath(String path, String name) {
        if (path == null) {
            return null;
        }
        for (String d : path.split(":")) {
            if (d.isEmpty()) {
                continue;
            }
            try {
                Path p = Path.of(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p.toAbsolutePath();
                }
            } catch (InvalidPathException e) {
                // an unusable PATH entry is skipped, as the shell skips it
            }
        }
        return null;
    }

    /** {@code $XDG_CACHE_HOME/taipan/stdlib-location}, else under {@code $HOME/.cache}; null without either. */
    static Path cacheFile(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "taipan", CACHE_FILE);
        }
        String home = env.get("HOME");
        return home == null || home.isEmpty() ? null : Path.of(home, ".cache", "taipan", CACHE_FILE);
    }

    /**
     * The stdlib directory {@code python} reports, from the cache when its entry for this
     * executable has the same modification time and still names a standard library.
     */
    private static Path askPython(Path python, Path cache) {
        String stamp;
        try {
            stamp = python + "\t" + Files.getLastModifiedTime(python).toMillis() + "\t";
        } catch (IOException e) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (cache != null) {
            try {
                lines.addAll(Files.readAllLines(cache, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // no cache yet
            }
            for (String line : lines) {
                if (line.startsWith(stamp)) {
                    Path dir = Path.of(line.substring(stamp.length()));
                    if (isStdlib(dir)) {
                        return dir;
                    }
                }
            }
        }
        Path dir = runPython(python);
        if (dir == null || !isStdlib(dir)) {
            return null;
        }
        if (cache != null) {
            lines.removeIf(l -> l.startsWith(python + "\t"));
            lines.add(stamp + dir);
            writeCache(cache, lines);
        }
        return dir;
    }

    private static Path runPython(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-S", "-E", "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | InvalidPathException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Writes the cache atomically; a cache that cannot be written only costs the next start. */
    private static void writeCache(Path cache, List<String> lines) {
        try {
            Files.createDirectories(cache.getParent());
            Path tmp = Files.createTempFile(cache.getParent(), CACHE_FILE, ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // not fatal
        }
    }
}
