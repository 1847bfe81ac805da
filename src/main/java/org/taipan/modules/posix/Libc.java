package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import org.taipan.modules.io.FdTable;

/**
 * The few C library calls the JDK does not offer, made through the Foreign Function and Memory
 * API (Linux, glibc 2.34 or later for {@code posix_spawn_file_actions_addclosefrom_np}): real
 * pipes, reads and writes on them, {@code poll}, {@code posix_spawn}, {@code waitpid} and
 * {@code kill}. Every call returns what the C function returns; a failing call returns -1 (or
 * the error number, for the {@code posix_spawn} family) and {@link #errno()} is the calling
 * thread's {@code errno} right after it, captured by the linker so that no JVM code in between
 * can overwrite it.
 *
 * <p>{@link #available()} is false where the functions cannot be linked (another OS, or the JVM
 * refusing native access); callers then keep their Java-only emulation.
 */
public final class Libc {
    private Libc() {}

    public static final int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800, O_APPEND = 02000;
    public static final int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1,
            F_DUPFD_CLOEXEC = 1030;
    public static final int POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04,
            POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;
    /** {@code sizeof(sigset_t)}, {@code posix_spawn_file_actions_t} and {@code posix_spawnattr_t}, rounded up. */
    public static final long SIGSET_SIZE = 128, FILE_ACTIONS_SIZE = 128, SPAWNATTR_SIZE = 512;
    /** {@code struct pollfd}: {@code int fd; short events; short revents}. */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(ValueLayout.JAVA_INT.withName("fd"),
            ValueLayout.JAVA_SHORT.withName("events"), ValueLayout.JAVA_SHORT.withName("revents"));

    private static final ThreadLocal<Integer> ERRNO = ThreadLocal.withInitial(() -> 0);

    private static final ValueLayout I = ValueLayout.JAVA_INT, L = ValueLayout.JAVA_LONG, P = ValueLayout.ADDRESS;

    /** The linker and the C library's symbols: making them links no function. */
    private static final class Native {
        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LOOKUP = LINKER.defaultLookup();

        static MethodHandle link(String name, FunctionDescriptor d, boolean captureErrno, Linker.Option... options) {
            MemorySegment addr = LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
            Linker.Option[] all = options;
            if (captureErrno) {
                all = java.util.Arrays.copyOf(options, options.length + 1);
                all[options.length] = Linker.Option.captureCallState("errno");
            }
            return LINKER.downcallHandle(addr, d, all);
        }
    }

    /** Where a call leaves its errno, made with the first call that captures one. */
    private static final class Capture {
        static final StructLayout LAYOUT = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    }

    /**
     * The C functions called here, each linked on its first call: a downcall handle spins a stub
     * class and its method handles, about 0.4 s of CPU for all of them in a cold JVM, and most
     * programs import {@code posix} (through {@code os}) without calling one.
     */
    private enum Fn {
        PIPE2("pipe2", true, FunctionDescriptor.of(I, P, I)),
        READ("read", true, FunctionDescriptor.of(L, I, P, L)),
        WRITE("write", true, FunctionDescriptor.of(L, I, P, L)),
        CLOSE("close", true, FunctionDescriptor.of(I, I)),
        FCNTL("fcntl", true, FunctionDescriptor.of(I, I, I, I), Linker.Option.firstVariadicArg(2)),
        OPEN("open", true, FunctionDescriptor.of(I, P, I, I), Linker.Option.firstVariadicArg(2)),
        LSEEK("lseek", true, FunctionDescriptor.of(L, I, L, I)),
        POLL("poll", true, FunctionDescriptor.of(I, P, L, I)),
        WAITPID("waitpid", true, FunctionDescriptor.of(I, I, P, I)),
        KILL("kill", true, FunctionDescriptor.of(I, I, I)),
        GETSID("getsid", true, FunctionDescriptor.of(I, I)),
        GETPGID("getpgid", true, FunctionDescriptor.of(I, I)),
        UTIMENSAT("utimensat", true, FunctionDescriptor.of(I, I, P, P, I)),
        /** Called through Statx (its own handle, invoked exactly); listed so that probe() requires it. */
        STATX("statx", true, FunctionDescriptor.of(I, I, P, I, I, P)),
        ABORT("abort", false, FunctionDescriptor.ofVoid()),
        SPAWN("posix_spawn", false, FunctionDescriptor.of(I, P, P, P, P, P, P)),
        FA_INIT("posix_spawn_file_actions_init", false, FunctionDescriptor.of(I, P)),
        FA_DESTROY("posix_spawn_file_actions_destroy", false, FunctionDescriptor.of(I, P)),
        FA_DUP2("posix_spawn_file_actions_adddup2", false, FunctionDescriptor.of(I, P, I, I)),
        FA_CLOSE("posix_spawn_file_actions_addclose", false, FunctionDescriptor.of(I, P, I)),
        FA_CHDIR("posix_spawn_file_actions_addchdir_np", false, FunctionDescriptor.of(I, P, P)),
        FA_CLOSEFROM("posix_spawn_file_actions_addclosefrom_np", false, FunctionDescriptor.of(I, P, I)),
        ATTR_INIT("posix_spawnattr_init", false, FunctionDescriptor.of(I, P)),
        ATTR_DESTROY("posix_spawnattr_destroy", false, FunctionDescriptor.of(I, P)),
        ATTR_FLAGS("posix_spawnattr_setflags", false, FunctionDescriptor.of(I, P, ValueLayout.JAVA_SHORT)),
        ATTR_SIGMASK("posix_spawnattr_setsigmask", false, FunctionDescriptor.of(I, P, P)),
        ATTR_SIGDEFAULT("posix_spawnattr_setsigdefault", false, FunctionDescriptor.of(I, P, P)),
        ATTR_PGROUP("posix_spawnattr_setpgroup", false, FunctionDescriptor.of(I, P, I)),
        SIGEMPTYSET("sigemptyset", false, FunctionDescriptor.of(I, P));

        private final String symbol;
        private final boolean captureErrno;
        private final FunctionDescriptor descriptor;
        private final Linker.Option[] options;
        private MethodHandle handle;

        Fn(String symbol, boolean captureErrno, FunctionDescriptor descriptor, Linker.Option... options) {
            this.symbol = symbol;
            this.captureErrno = captureErrno;
            this.descriptor = descriptor;
            this.options = options;
        }

        synchronized MethodHandle handle() {
            if (handle == null) {
                handle = Native.link(symbol, descriptor, captureErrno, options);
            }
            return handle;
        }
    }

    private static final boolean AVAILABLE = probe();

    /**
     * Whether every function can be linked, without linking them: each symbol is in the C library,
     * and the JVM lets this code make downcalls. The launcher grants native access; without it the
     * JVM may still allow (with a warning) or refuse the first link, which one real link finds out.
     */
    private static boolean probe() {
        if (!System.getProperty("os.name", "").equals("Linux")) {
            return false;
        }
        try {
            for (Fn f : Fn.values()) {
                if (Native.LOOKUP.find(f.symbol).isEmpty()) {
                    return false;
                }
            }
            return Libc.class.getModule().isNativeAccessEnabled() || Fn.CLOSE.handle() != null;
        } catch (Throwable e) {
            // no native access (or not glibc): the emulated descriptors stay in use
            return false;
        }
    }

    /**
     * Why a C-library function is missing, for the OSError raised in its place: on Linux the usual
     * cause is a JVM started without native access for Taipan ({@code --illegal-native-access=deny},
     * or a future JDK's default).
     */
    public static String unavailableReason(String what) {
        return what + " needs the C library, which this JVM does not let Taipan call"
                + " (start it with --enable-native-access=ALL-UNNAMED)";
    }

    /** Whether the C library calls can be made on this JVM and OS. */
    public static boolean available() {
        return AVAILABLE;
    }

    /**
     * The layout of the segment a handle made by {@link #link} takes first, where the call leaves
     * its errno: for callers that invoke the handle exactly, with a segment of their own.
     */
    static StructLayout captureLayout() {
        return Capture.LAYOUT;
    }

    /** The errno a call left in {@code capture} (a segment of {@link #captureLayout()}). */
    static int capturedErrno(MemorySegment capture) {
        return (int) Capture.ERRNO.get(capture, 0L);
    }

    /** The {@code errno} left by the calling thread's last failing call made here. */
    public static int errno() {
        return ERRNO.get();
    }

    /**
     * Links the C function {@code name} so that {@link #call} captures its errno (for other
     * modules' calls: sockets).
     *
     * @throws UnsatisfiedLinkError when the C library has no such function
     */
    public static MethodHandle link(String name, FunctionDescriptor d) {
        return Native.link(name, d, true);
    }

    /**
     * {@link #link} for a variadic C function ({@code fcntl}, {@code ioctl}): {@code options}
     * say where its variadic arguments start ({@link Linker.Option#firstVariadicArg}).
     *
     * @throws UnsatisfiedLinkError when the C library has no such function
     */
    public static MethodHandle link(String name, FunctionDescriptor d, Linker.Option... options) {
        return Native.link(name, d, true, options);
    }

    /** {@link #link} for a function whose errno is not wanted: called directly, without {@link #call}. */
    public static MethodHandle linkPlain(String name, FunctionDescriptor d) {
        return Native.link(name, d, false);
    }

    /**
     * {@code s} as a NUL-terminated C string allocated in {@code a} (bytes as given: a path or
     * name already encoded with the file system encoding).
     */
    public static MemorySegment cPath(Arena a, Path p) {
        return cString(a, FsEncoding.bytes(p));
    }

    /** {@code s} as a NUL-terminated C string in {@code a}. */
    public static MemorySegment cString(Arena a, byte[] s) {
        MemorySegment m = a.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, ValueLayout.JAVA_BYTE, 0, s.length);
        return m;
    }

    /**
     * Calls a handle made by {@link #link} (arguments without the capture segment): its int or
     * long result; after -1, {@link #errno()} is the error. A call that fails with EMFILE (it
     * needed a descriptor and the process has none left) is made once more after the descriptors
     * of file objects the program dropped unclosed were reclaimed ({@link FdTable#reclaimedForRetry}),
     * as open() does: EMFILE means nothing was done. A Throwable from the handle is a bug,
     * rethrown unchecked. A function returning a pointer comes back as its address, with NULL
     * (its failure, as for {@code sem_open}) as -1.
     */
    public static long call(MethodHandle h, Object... args) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(Capture.LAYOUT);
            Object[] full = new Object[args.length + 1];
            full[0] = state;
            System.arraycopy(args, 0, full, 1, args.length);
            for (int attempt = 0; ; attempt++) {
                Object r = h.invokeWithArguments(full);
                long v = r instanceof Integer i ? i
                        : r instanceof MemorySegment m ? (m.address() == 0 ? -1 : m.address()) : (Long) r;
                if (v != -1) {
                    return v;
                }
                int err = (int) Capture.ERRNO.get(state, 0L);
                ERRNO.set(err);
                if (err != Errno.EMFILE || attempt > 0 || !FdTable.reclaimedForRetry()) {
                    return v;
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a call that returns its error number (the posix_spawn family). */
    static int plain(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class DtableSize {
        static final MethodHandle H = linkPlain("getdtablesize", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    }

    /**
     * {@code getdtablesize()}: the soft RLIMIT_NOFILE, which posix_spawn's file actions check
     * every descriptor number they name against (EBADF at or above it).
     */
    public static int descriptorTableSize() {
        return plain(DtableSize.H);
    }

    /** {@code pipe2(fds, flags)}: the read and write ends, or null (see {@link #errno()}). */
    public static int[] pipe2(int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 2);
            if (call(Fn.PIPE2.handle(), fds, flags) != 0) {
                return null;
            }
            return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        }
    }

    /** {@code read(fd, buf, n)} into {@code b[off, off+n)}, retried on EINTR: bytes read, 0 at end, -1 on error. */
    public static int read(int fd, byte[] b, int off, int n) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            while (true) {
                long got = call(Fn.READ.handle(), fd, buf, (long) n);
                if (got >= 0) {
                    MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, b, off, (int) got);
                    return (int) got;
                }
                if (errno() != Errno.EINTR) {
                    return -1;
                }
            }
        }
    }

    /** {@code write(fd, buf, n)} of {@code b[off, off+n)} once, retried on EINTR: bytes written or -1. */
    public static int write(int fd, byte[] b, int off, int n) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(Math.max(1, n));
            MemorySegment.copy(b, off, buf, ValueLayout.JAVA_BYTE, 0, n);
            while (true) {
                long put = call(Fn.WRITE.handle(), fd, buf, (long) n);
                if (put >= 0 || errno() != Errno.EINTR) {
                    return (int) put;
                }
            }
        }
    }

    /** {@code close(fd)}: 0 or -1. */
    public static int close(int fd) {
        return (int) call(Fn.CLOSE.handle(), fd);
    }

    /** {@code fcntl(fd, cmd, arg)}: what the command returns, or -1. */
    public static int fcntl(int fd, int cmd, int arg) {
        return (int) call(Fn.FCNTL.handle(), fd, cmd, arg);
    }

    /** {@code open(path, flags, mode)}: a descriptor or -1. */
    public static int open(Path path, int flags, int mode) {
        try (Arena a = Arena.ofConfined()) {
            return (int) call(Fn.OPEN.handle(), cPath(a, path), flags, mode);
        }
    }

    /**
     * {@code utimensat(AT_FDCWD, path, {atime, mtime}, flags)}: 0 or -1. Sets a FIFO's or
     * device's times without opening it (the JDK opens the file, which blocks on a FIFO with no
     * writer), and times before 1970.
     *
     * @param times {atime seconds, nanoseconds, mtime seconds, nanoseconds} since the epoch
     */
    public static int utimensat(Path path, long[] times, boolean followSymlinks) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(32, 8);
            for (int i = 0; i < 4; i++) {
                ts.set(ValueLayout.JAVA_LONG, 8L * i, times[i]);
            }
            return (int) call(Fn.UTIMENSAT.handle(), -100, cPath(a, path), ts, followSymlinks ? 0 : 0x100);
        }
    }

    /** {@code lseek(fd, offset, whence)}: the new offset or -1. */
    public static long lseek(int fd, long offset, int whence) {
        return call(Fn.LSEEK.handle(), fd, offset, whence);
    }

    /**
     * {@code poll(fds, n, timeout)} over {@code fds[i]} asking {@code events[i]}; the answers go
     * to {@code revents}. Not retried on EINTR (the caller decides with its deadline).
     *
     * @param timeoutMillis negative: wait for ever
     * @return the number of ready descriptors, 0 on timeout, -1 on error
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMillis) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment arr = a.allocate(POLLFD, Math.max(1, fds.length));
            for (int i = 0; i < fds.length; i++) {
                arr.set(ValueLayout.JAVA_INT, i * 8L, fds[i]);
                arr.set(ValueLayout.JAVA_SHORT, i * 8L + 4, events[i]);
                arr.set(ValueLayout.JAVA_SHORT, i * 8L + 6, (short) 0);
            }
            int r = (int) call(Fn.POLL.handle(), arr, (long) fds.length, timeoutMillis);
            for (int i = 0; i < fds.length; i++) {
                revents[i] = arr.get(ValueLayout.JAVA_SHORT, i * 8L + 6);
            }
            return r;
        }
    }

    /** {@code waitpid(pid, &status, options)}: {@code {pid, status}}, or {@code {-1, 0}} on error. */
    public static int[] waitpid(int pid, int options) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment status = a.allocate(ValueLayout.JAVA_INT);
            int r = (int) call(Fn.WAITPID.handle(), pid, status, options);
            return new int[] {r, r > 0 ? status.get(ValueLayout.JAVA_INT, 0) : 0};
        }
    }

    /**
     * {@code signal(sig, SIG_DFL)}: the default disposition for {@code sig}, which HotSpot then
     * lets a Java handler replace (it keeps an ignored SIGINT ignored otherwise).
     */
    public static void defaultDisposition(int sig) {
        try {
            MethodHandle h = linkPlain("signal", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS));
            MemorySegment ignored = (MemorySegment) h.invokeExact(sig, MemorySegment.NULL);
        } catch (Throwable e) {
            throw new IllegalStateException("signal: " + e, e);
        }
    }

    private static final class Sigaction {
        static final MethodHandle H = linkPlain("sigaction", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }

    /** Room for a {@code struct sigaction} (152 bytes on Linux's 64-bit ABIs); its handler is the first word. */
    static final long SIGACTION_SIZE = 256;

    /**
     * {@code sigaction(signum, act, oldact)}, either segment possibly {@link MemorySegment#NULL}:
     * 0, or -1 for a signal the C library refuses (SIGKILL, SIGSTOP, its internal ones).
     */
    static int sigaction(int signum, MemorySegment act, MemorySegment oldact) {
        return plain(Sigaction.H, signum, act, oldact);
    }

    /** {@code kill(pid, sig)}: 0 or -1. */
    public static int kill(int pid, int sig) {
        return (int) call(Fn.KILL.handle(), pid, sig);
    }

    /** {@code getsid(pid)}: the session id or -1. */
    public static int getsid(int pid) {
        return (int) call(Fn.GETSID.handle(), pid);
    }

    /** {@code getpgid(pid)}: the process group id or -1. */
    public static int getpgid(int pid) {
        return (int) call(Fn.GETPGID.handle(), pid);
    }

    /** {@code abort()}: the process dies of SIGABRT. */
    public static void abort() {
        try {
            Fn.ABORT.handle().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The posix_spawn family's handles, for {@link Spawn}. */
    static MethodHandle[] spawnHandles() {
        Fn[] family = {Fn.SPAWN, Fn.FA_INIT, Fn.FA_DESTROY, Fn.FA_DUP2, Fn.FA_CLOSE, Fn.FA_CHDIR, Fn.FA_CLOSEFROM,
            Fn.ATTR_INIT, Fn.ATTR_DESTROY, Fn.ATTR_FLAGS, Fn.ATTR_SIGMASK, Fn.ATTR_SIGDEFAULT, Fn.ATTR_PGROUP,
            Fn.SIGEMPTYSET};
        MethodHandle[] handles = new MethodHandle[family.length];
        for (int i = 0; i < family.length; i++) {
            handles[i] = family[i].handle();
        }
        return handles;
    }
}
