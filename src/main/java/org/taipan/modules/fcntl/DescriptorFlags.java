package org.taipan.modules.fcntl;

import java.io.IOException;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.NativeFdStreams;

/**
 * The {@code fcntl} commands that concern the interpreter's descriptor table rather than the
 * open file alone. Every descriptor number's close-on-exec flag is kept by {@link FdTable.OpenFile}
 * ({@code os.get_inheritable} and child processes read it there; a real descriptor's is set too),
 * and so is the O_NONBLOCK of a file Taipan opened through the JDK ({@code os.get_blocking}), so
 * F_GETFD/F_SETFD, and for such files the O_NONBLOCK bit of F_GETFL/F_SETFL, read and write those records (F_GETFL
 * also shows O_APPEND for an appending file whose real descriptor could not be given it, where
 * the table moves to the end before each write); and F_DUPFD/F_DUPFD_CLOEXEC make a new number in the table (a bare OS descriptor would be invisible
 * to {@code os.read} and {@code open}): for a real pipe, socket or terminal a real duplicate, for a
 * JDK file a second number for the same channel, as {@code os.dup} makes it.
 */
final class DescriptorFlags {
    private DescriptorFlags() {}

    static final int F_DUPFD = 0, F_DUPFD_CLOEXEC = 1030;

    /** Whether {@code cmd} is handled here for {@code f} (its int argument form). */
    static boolean handles(FdTable.OpenFile f, int cmd) {
        if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC || cmd == Libc.F_GETFD || cmd == Libc.F_SETFD) {
            // (the close-on-exec flag is each number's own, also over a real descriptor that
            // os.dup shares between numbers)
            return true;
        }
        boolean emulated = f.nativeFd < 0;
        return emulated && (cmd == Libc.F_GETFD || cmd == Libc.F_SETFD || cmd == Libc.F_GETFL || cmd == Libc.F_SETFL);
    }

    /**
     * Runs {@code cmd} (one {@link #handles} accepts) on descriptor {@code fd}, whose open file is
     * {@code f} with the real descriptor {@code real}.
     *
     * @return what {@code fcntl} returns for the command
     * @throws org.taipan.runtime.PyException OSError (EINVAL for a negative F_DUPFD minimum)
     */
    static int run(FdTable table, int fd, FdTable.OpenFile f, int real, int cmd, int arg) {
        switch (cmd) {
            case F_DUPFD, F_DUPFD_CLOEXEC -> {
                return f.nativeFd >= 0 ? duplicateNative(table, fd, f, cmd, arg)
                        : duplicate(table, fd, arg, cmd == F_DUPFD);
            }
            case Libc.F_GETFD -> {
                return f.inheritable ? 0 : Libc.FD_CLOEXEC;
            }
            case Libc.F_SETFD -> {
                f.inheritable = (arg & Libc.FD_CLOEXEC) == 0;
                if (f.nativeFd >= 0) {
                    // the real descriptor too, for an exec that replaces the process
                    FcntlCalls.fcntl(real, Libc.F_SETFD, arg);
                }
                return 0;
            }
            case Libc.F_GETFL -> {
                int flags = FcntlCalls.fcntl(real, Libc.F_GETFL, 0);
                flags |= table.isAppending(f) ? Libc.O_APPEND : 0;
                return (flags & ~Libc.O_NONBLOCK) | (f.nonBlocking.get() ? Libc.O_NONBLOCK : 0);
            }
            default -> {
                // F_SETFL: the other flags go to the real descriptor, whose own O_NONBLOCK stays (the
                // JDK's reads of a standard stream would fail with EAGAIN)
                int current = FcntlCalls.fcntl(real, Libc.F_GETFL, 0);
                int r = FcntlCalls.fcntl(real, Libc.F_SETFL, (arg & ~Libc.O_NONBLOCK) | (current & Libc.O_NONBLOCK));
                f.nonBlocking.set((arg & Libc.O_NONBLOCK) != 0);
                return r;
            }
        }
    }

    /**
     * A real descriptor's duplicate: a new real descriptor (with its own close-on-exec flag, as
     * in C) registered under the lowest free number at least {@code min}.
     */
    private static int duplicateNative(FdTable table, int fd, FdTable.OpenFile f, int cmd, int min) {
        if (min < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        int copy = FcntlCalls.fcntl(f.nativeFd, cmd, 0);
        NativeFdStreams.Fd d = new NativeFdStreams.Fd(copy);
        return table.addNative(copy, f.in() == null ? null : new NativeFdStreams.In(d),
                f.out() == null ? null : new NativeFdStreams.Out(d), table.isatty(fd), min);
    }

    /** The lowest free number at least {@code min} made to refer to {@code fd}'s open file. */
    private static int duplicate(FdTable table, int fd, int min, boolean inheritable) {
        if (min < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        int n = min;
        while (table.get(n) != null) {
            n++;
        }
        try {
            if (table.dup2(fd, n, inheritable) < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
        return n;
    }
}
