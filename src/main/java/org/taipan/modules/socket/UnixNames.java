package org.taipan.modules.socket;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.taipan.modules.posix.FsEncoding;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.PosixState;
import org.taipan.runtime.ThreadState;

/**
 * AF_UNIX file names relative to the interpreter's working directory.
 *
 * <p>Why: Taipan's {@code os.chdir} moves the interpreter's directory, not the process's (several
 * interpreters may share one JVM, whose own directory never changes), while the kernel resolves a
 * relative {@code sun_path} against the process's. Under CPython {@code bind("x.sock")} after
 * {@code os.chdir(d)} makes {@code d/x.sock}; here it made the file in the directory the JVM
 * started in.
 *
 * <p>How: once the program has left its starting directory, a relative name goes to the kernel
 * as the absolute name it stands for, or, when that would pass {@code sun_path}'s 107 bytes
 * (CPython's relative name is short where its absolute one may not be), as
 * {@code /proc/self/fd/N/name} through a descriptor on the directory held for the one call. The
 * names the kernel reports back ({@code getsockname}, {@code getpeername}, {@code accept},
 * {@code recvfrom}) are the program's own again for names bound in this process
 * ({@link #reported}); a process on the other end sees the resolved name. Left: a relative name
 * of more than about 90 bytes in a directory whose absolute name is too long for {@code sun_path}
 * is refused ("AF_UNIX path too long") where CPython's fits.
 */
final class UnixNames {
    private UnixNames() {}

    /** The largest file name that fits {@code sun_path} with its terminating NUL. */
    private static final int MAX_PATH = 107;
    /** {@code O_PATH | O_CLOEXEC} (the same numbers on x86-64 and AArch64). */
    private static final int DIRECTORY_FLAGS = 010000000 | Libc.O_CLOEXEC;

    /** Resolved name (as ISO-8859-1 text of its bytes) to the name the program bound, for live sockets. */
    private static final ConcurrentHashMap<String, byte[]> BOUND = new ConcurrentHashMap<>();

    /**
     * A sockaddr to hand the kernel for one call, then {@link #close()}: the program's own, or
     * with its relative AF_UNIX name resolved against the interpreter's directory.
     */
    static final class Resolved implements AutoCloseable {
        /** The sockaddr bytes to pass. */
        final byte[] addr;
        /** The name the program gave, when {@link #addr} holds another; else null. */
        final byte[] original;
        /** The socket file the name stands for (for its mode); null for an abstract or empty name. */
        final Path file;
        private final int directory;

        private Resolved(byte[] addr, byte[] original, Path file, int directory) {
            this.addr = addr;
            this.original = original;
            this.file = file;
            this.directory = directory;
        }

        @Override
        public void close() {
            if (directory >= 0) {
                Libc.close(directory);
            }
        }
    }

    /**
     * {@code addr} (made by {@link SockAddr#toBytes}) for a socket of {@code family}, with a
     * relative file name resolved against the current interpreter's {@code os.chdir} directory
     * when that is not the process's.
     *
     * @throws org.taipan.runtime.PyException OSError "AF_UNIX path too long" when neither form fits
     */
    static Resolved resolve(int family, byte[] addr) {
        if (family != SockAddr.AF_UNIX || addr.length <= 3 || addr[2] == 0) {
            return new Resolved(addr, null, null, -1);
        }
        // the kernel reads a file name up to a NUL: that part is the name, the rest goes as it came
        int end = nameEnd(addr);
        byte[] name = Arrays.copyOfRange(addr, 2, end);
        byte[] tail = Arrays.copyOfRange(addr, end, addr.length - 1);
        if (name[0] == '/') {
            return new Resolved(addr, null, FsEncoding.toPath(name), -1);
        }
        PosixState posix = PosixState.of(ThreadState.current().interpreter);
        Path cwd = posix.movedCwd();
        Path file = posix.resolve(FsEncoding.toPath(name));
        if (cwd == null) {
            return new Resolved(addr, null, file, -1);
        }
        byte[] absolute = FsEncoding.bytes(file);
        if (absolute.length + tail.length <= MAX_PATH) {
            return new Resolved(sockaddr(concat(absolute, tail)), name, file, -1);
        }
        int dir = Libc.open(cwd, DIRECTORY_FLAGS, 0);
        byte[] through = dir < 0 ? null : concat(("/proc/self/fd/" + dir + "/").getBytes(StandardCharsets.US_ASCII), name);
        if (through == null || through.length + tail.length > MAX_PATH) {
            if (dir >= 0) {
                Libc.close(dir);
            }
            throw org.taipan.runtime.Errors.of(org.taipan.runtime.ExceptionTypes.OSError, "AF_UNIX path too long");
        }
        return new Resolved(sockaddr(concat(through, tail)), name, file, dir);
    }

    /**
     * A bind of the name {@code r} resolved succeeded: the kernel's reports of it read as the
     * program's name from now on (also after the socket is closed: a datagram it sent, a
     * connection it made, a duplicate of its descriptor still carry it), until a bind gives that
     * file name as it is.
     */
    static void bound(Resolved r) {
        if (r.file == null) {
            return;
        }
        if (r.original != null) {
            BOUND.put(key(r.addr, 2, nameEnd(r.addr)), r.original);
        } else if (!BOUND.isEmpty()) {
            BOUND.remove(key(r.addr, 2, nameEnd(r.addr)));
            BOUND.remove(new String(FsEncoding.bytes(r.file), StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The file name to show for {@code path}, a name the kernel reported: the program's own when
     * a socket of this process bound it under a resolved name, else {@code path} itself.
     */
    static byte[] reported(byte[] path) {
        if (BOUND.isEmpty() || path.length == 0 || path[0] != '/') {
            return path;
        }
        byte[] own = BOUND.get(key(path, 0, path.length));
        return own == null ? path : own;
    }

    /** Where the file name of sockaddr bytes {@code addr} ends: its first NUL, or its end. */
    private static int nameEnd(byte[] addr) {
        int end = 2;
        while (end < addr.length && addr[end] != 0) {
            end++;
        }
        return end;
    }

    private static String key(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static byte[] sockaddr(byte[] path) {
        byte[] out = new byte[2 + path.length + 1];
        out[0] = (byte) SockAddr.AF_UNIX;
        System.arraycopy(path, 0, out, 2, path.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
