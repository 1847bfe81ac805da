package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Starts a child process with the C library's {@code posix_spawn} (the JVM cannot {@code fork}):
 * what CPython's {@code _posixsubprocess.fork_exec} does in the child between {@code fork} and
 * {@code exec} is expressed as spawn file actions and attributes. The C library reports a failed
 * {@code exec} as {@code posix_spawn}'s result (glibc 2.24 and later), so no error pipe is needed.
 *
 * <p>A request is built by the caller: the real descriptors to install in the child
 * ({@code dup2(source, target)}, sources already moved above every target so no action
 * overwrites a later source), descriptors to close, the directory, the environment.
 */
public final class Spawn {
    private Spawn() {}

    private static final int SIGPIPE = 13, SIGXFSZ = 25;

    /** What to start and how; fields are read once by {@link #spawn}. */
    public static final class Request {
        /** {@code argv}, each without a NUL byte. */
        public List<byte[]> argv;
        /** The paths to try in order (CPython's {@code executable_list}). */
        public List<byte[]> executables;
        /** {@code envp} entries {@code KEY=VALUE}. */
        public List<byte[]> env;
        /** The child's working directory, or null to keep the JVM's. */
        public byte[] cwd;
        /** Pairs {@code {source, target}} installed with {@code dup2} in this order. */
        public List<int[]> dups = new java.util.ArrayList<>();
        /** Descriptors closed in the child after the dups (errors ignored by the C library). */
        public List<Integer> closes = new java.util.ArrayList<>();
        /** Close every descriptor from this one up ({@code close_fds}), or -1. */
        public int closeFrom = -1;
        /** Reset SIGPIPE and SIGXFSZ to their defaults ({@code restore_signals}). */
        public boolean restoreSignals;
        /**
         * The signals the program ignores ({@link org.taipan.runtime.Signals#ignoredMask}: bit {@code n - 1} for signal
         * {@code n}), which the child inherits ignored as a CPython child does (the ignore survives
         * {@code exec}), but for those {@link #restoreSignals} resets.
         */
        public long ignoredSignals;
        /**
         * Leave the C library's two internal signals (32, 33) ignored in the child, as its own
         * {@code system(3)} does (it spawns the shell the same way); a forked child has them at
         * their defaults.
         */
        public boolean internalSignalsIgnored;
        /**
         * The child's file mode creation mask (0..0777: the interpreter's {@code os.umask}, or
         * subprocess's {@code umask}), or -1 for the process's own.
         */
        public int umask = -1;
        /** {@code setsid()} in the child ({@code start_new_session}). */
        public boolean setsid;
        /** {@code setpgid(0, pgid)} in the child, or -1 ({@code process_group}). */
        public int pgid = -1;
    }

    /**
     * Starts the child, trying each executable in turn while it is not found (ENOENT, ENOTDIR),
     * as {@code child_exec} does.
     *
     * @return the child's pid, or {@code -errno} of the failure: the first error other than
     *     ENOENT/ENOTDIR, else the last one
     */
    public static int spawn(Request r) {
        MethodHandle[] h = Libc.spawnHandles();
        MethodHandle spawn = h[0], faInit = h[1], faDestroy = h[2], faDup2 = h[3], faClose = h[4], faChdir = h[5],
                faCloseFrom = h[6], attrInit = h[7], attrDestroy = h[8], attrFlags = h[9], attrSigmask = h[10],
                attrSigdefault = h[11], attrPgroup = h[12], sigemptyset = h[13];
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fa = a.allocate(Libc.FILE_ACTIONS_SIZE, 16);
            MemorySegment attr = a.allocate(Libc.SPAWNATTR_SIZE, 16);
            Libc.plain(faInit, fa);
            Libc.plain(attrInit, attr);
            try {
                for (int[] d : r.dups) {
                    check(Libc.plain(faDup2, fa, d[0], d[1]));
                }
                for (int c : r.closes) {
                    check(Libc.plain(faClose, fa, c));
                }
                if (r.cwd != null) {
                    check(Libc.plain(faChdir, fa, Libc.cString(a, r.cwd)));
                }
                if (r.closeFrom >= 0) {
                    check(Libc.plain(faCloseFrom, fa, r.closeFrom));
                }
                // The spawning JVM thread's blocked signals would be inherited: start with none.
                short flags = Libc.POSIX_SPAWN_SETSIGMASK;
                MemorySegment empty = a.allocate(Libc.SIGSET_SIZE, 8);
                Libc.plain(sigemptyset, empty);
                Libc.plain(attrSigmask, attr, empty);
                // glibc's posix_spawn sets its two internal signals (32, 33: thread cancellation and
                // set*id) to SIG_IGN in the child, which exec keeps: the child of a JVM would start
                // with them ignored. sigaddset refuses them, so the set's bits are written directly.
                long defaults = r.internalSignalsIgnored ? 0 : IgnoredSignals.bit(32) | IgnoredSignals.bit(33);
                if (r.restoreSignals) {
                    defaults |= IgnoredSignals.bit(SIGPIPE) | IgnoredSignals.bit(SIGXFSZ);
                }
                MemorySegment dfl = a.allocate(Libc.SIGSET_SIZE, 8);
                Libc.plain(sigemptyset, dfl);
                dfl.set(ValueLayout.JAVA_LONG, 0, defaults);
                Libc.plain(attrSigdefault, attr, dfl);
                flags |= Libc.POSIX_SPAWN_SETSIGDEF;
                long inherited = r.ignoredSignals & ~defaults;
                if (r.setsid) {
                    flags |= Libc.POSIX_SPAWN_SETSID;
                }
                if (r.pgid >= 0) {
                    Libc.plain(attrPgroup, attr, r.pgid);
                    flags |= Libc.POSIX_SPAWN_SETPGROUP;
                }
                Libc.plain(attrFlags, attr, flags);
                MemorySegment argv = cStrings(a, r.argv);
                MemorySegment envp = cStrings(a, r.env);
                MemorySegment pid = a.allocate(ValueLayout.JAVA_INT);
                int saved = 0, last = Errno.ENOENT;
                for (byte[] exe : r.executables) {
                    int err = missing(exe);
                    if (err == 0) {
                        MemorySegment path = Libc.cString(a, exe);
                        err = withUmask(r.umask, () -> IgnoredSignals.whileIgnored(inherited,
                                () -> Libc.plain(spawn, pid, path, fa, attr, argv, envp)));
                    }
                    if (err == 0) {
                        return pid.get(ValueLayout.JAVA_INT, 0);
                    }
                    last = err;
                    if (err != Errno.ENOENT && err != Errno.ENOTDIR && saved == 0) {
                        saved = err;
                    }
                }
                return -(saved != 0 ? saved : last);
            } catch (SpawnSetupError e) {
                return -e.errno;
            } finally {
                Libc.plain(faDestroy, fa);
                Libc.plain(attrDestroy, attr);
            }
        }
    }

    private static final Object UMASK = new Object();

    private static final class Umask {
        static final MethodHandle H = Libc.linkPlain("umask",
                java.lang.foreign.FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    /**
     * Runs {@code spawn} with the process's file mode creation mask set to {@code mask} (none
     * when -1), then set back: a spawned child starts with its parent's mask, and the JVM's is
     * not the interpreter's ({@link PosixState#umask()} is emulated). Files other threads create
     * meanwhile get the child's mask from the JVM: their creators see the change counted
     * ({@link PosixState#umaskEpoch()}) and set the mode themselves. Spawns that set one are
     * serialized.
     */
    private static int withUmask(int mask, java.util.function.IntSupplier spawn) {
        if (mask < 0 || mask == PosixState.processUmask()) {
            return spawn.getAsInt();
        }
        synchronized (UMASK) {
            PosixState.umaskChanging();
            int old = Libc.plain(Umask.H, mask);
            try {
                return spawn.getAsInt();
            } finally {
                Libc.plain(Umask.H, old);
                PosixState.umaskChanging();
            }
        }
    }

    /**
     * ENOENT or ENOTDIR when absolute path {@code exe} names nothing (a stat says so), else 0: a
     * candidate of the {@code PATH} search is then skipped without starting a child for it, where
     * CPython's one forked child tries each {@code execve} in turn. Each spawn that failed was a
     * child of its own: a SIGCHLD and a process start per directory of {@code PATH} before the one
     * that holds the program. A relative path is resolved in the child's directory, so it is tried.
     */
    private static int missing(byte[] exe) {
        if (exe.length == 0 || exe[0] != '/' || !Statx.available()) {
            return 0;
        }
        try {
            Statx.path(exe, false, true);
            return 0;
        } catch (NativeFdStreams.ErrnoException e) {
            return e.errno == Errno.ENOENT || e.errno == Errno.ENOTDIR ? e.errno : 0;
        }
    }

    private static final class SpawnSetupError extends RuntimeException {
        final int errno;

        SpawnSetupError(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    private static void check(int err) {
        if (err != 0) {
            throw new SpawnSetupError(err);
        }
    }

    /** {@code list} as a NULL-terminated array of C strings in {@code a} (an argv or envp). */
    static MemorySegment cStrings(Arena a, List<byte[]> list) {
        MemorySegment arr = a.allocate(ValueLayout.ADDRESS, list.size() + 1L);
        for (int i = 0; i < list.size(); i++) {
            arr.setAtIndex(ValueLayout.ADDRESS, i, Libc.cString(a, list.get(i)));
        }
        arr.setAtIndex(ValueLayout.ADDRESS, list.size(), MemorySegment.NULL);
        return arr;
    }
}
