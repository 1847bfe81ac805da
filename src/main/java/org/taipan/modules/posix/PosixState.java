package org.taipan.modules.posix;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;

/**
 * What a process's C library would hold for one interpreter and the JVM cannot change for
 * itself: the working directory ({@code chdir}), the environment ({@code putenv}/{@code unsetenv})
 * and the file mode creation mask ({@code umask}). Each interpreter has its own copy, made from
 * the process's at first use (the environment only with {@link Permission#PROCESS}, its bytes
 * kept as {@link EnvText} decodes them); every path-taking function of {@code posix} and {@code _io} resolves
 * relative paths against {@link #cwd()}, and child processes get {@link #environment()}.
 */
public final class PosixState {
    /** The process's working directory, which Taipan never changes: the interpreter's at start. */
    private final Path start = FsEncoding.startingDirectory();
    private Path cwd = start;
    private final Map<String, String> env;
    private int umask = ProcessUmask.VALUE;

    /**
     * The environment of the process is the host's (it may hold secrets: tokens, passwords), so an
     * interpreter without {@link Permission#PROCESS} starts with an empty one.
     */
    private PosixState(Interpreter interp) {
        env = interp.permits(Permission.PROCESS) ? EnvText.processEnvironment() : new LinkedHashMap<>();
    }

    /** The state of {@code interp}, made on first use. */
    public static PosixState of(Interpreter interp) {
        return interp.moduleState(PosixState.class, () -> new PosixState(interp));
    }

    /** The working directory, absolute. */
    public synchronized Path cwd() {
        return cwd;
    }

    /**
     * The working directory when {@code os.chdir} has moved it from the process's, against which
     * the kernel and native libraries resolve a relative name; null while they are the same.
     */
    public synchronized Path movedCwd() {
        return cwd.equals(start) ? null : cwd;
    }

    /** {@code chdir}: the caller has checked that {@code dir} is a directory. */
    public synchronized void chdir(Path dir) {
        cwd = cwd.resolve(dir).normalize();
    }

    /** {@code path} resolved against the working directory (an absolute path unchanged). */
    public synchronized Path resolve(Path path) {
        return cwd.resolve(path);
    }

    /** The environment variable {@code name}, or null. */
    public synchronized String getenv(String name) {
        return env.get(name);
    }

    /** A copy of the environment, in the order it was built. */
    public synchronized Map<String, String> environment() {
        return new LinkedHashMap<>(env);
    }

    /**
     * The environment as a child process gets it ({@code envp}): {@code KEY=VALUE} entries in
     * order, each encoded back to the bytes it was read from ({@link EnvText}).
     */
    public synchronized java.util.List<byte[]> environmentEntries() {
        java.util.List<byte[]> entries = new java.util.ArrayList<>(env.size());
        for (Map.Entry<String, String> e : env.entrySet()) {
            entries.add(EnvText.encode(e.getKey() + "=" + e.getValue()));
        }
        return entries;
    }

    public synchronized void putenv(String name, String value) {
        env.put(name, value);
    }

    public synchronized void unsetenv(String name) {
        env.remove(name);
    }

    /** {@code umask(mask)}: sets the mask, returns the previous one. */
    public synchronized int umask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }

    /** The current mask. */
    public synchronized int umask() {
        return umask;
    }

    /**
     * The mode a file created with {@code mode} since {@link #umaskEpoch()} gave {@code epoch}
     * gets under this interpreter's mask, when that differs from what the JVM's own creation gave
     * it: the process's mask (which the interpreter starts with, as CPython's {@code os.umask} finds
     * it), or a child's while a spawn had the process's mask changed meanwhile ({@link Spawn}); -1
     * when the JVM's result is already right.
     */
    public synchronized int creationModeFix(int mode, long epoch) {
        return umask == ProcessUmask.VALUE && !umaskChangedSince(epoch) ? -1 : mode & ~umask & 07777;
    }

    /**
     * Counts the spawns that set the process's mask to a child's ({@link #umaskChanging}): odd
     * while one is under way. A file created meanwhile by any thread of any interpreter got the
     * child's mask, so its creator sets its mode (see {@link #creationModeFix(int, long)}).
     */
    private static final java.util.concurrent.atomic.AtomicLong UMASK_CHANGES =
            new java.util.concurrent.atomic.AtomicLong();

    /** The count of {@link #UMASK_CHANGES}, taken before creating a file; 0 until a spawn changes the mask. */
    public static long umaskEpoch() {
        return UMASK_CHANGES.get();
    }

    /** Whether the process's mask was (or is being) changed for a child since {@code epoch}. */
    static boolean umaskChangedSince(long epoch) {
        return (epoch & 1) != 0 || UMASK_CHANGES.get() != epoch;
    }

    /** Called by {@link Spawn} as it sets the process's mask for a child, and again as it restores it. */
    static void umaskChanging() {
        UMASK_CHANGES.incrementAndGet();
    }

    /** The process's own file mode creation mask (Taipan changes it only for a child's spawn). */
    static int processUmask() {
        return ProcessUmask.VALUE;
    }

    /** The process's file mode creation mask, from {@code /proc/self/status} (022 when unreadable). */
    private static final class ProcessUmask {
        static final int VALUE = read();

        private static int read() {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Umask:")) {
                        return Integer.parseInt(line.substring(6).trim(), 8);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not Linux: the usual mask
            }
            return 0022;
        }
    }
}
