package org.taipan.modules.socket;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.NativeFdStreams;
import org.taipan.runtime.Interpreter;

/**
 * Enters a real descriptor that arrived from another process ({@code SCM_RIGHTS}) in the
 * interpreter's descriptor table, so that the program uses it as CPython's would: a seekable one
 * (a regular file) becomes a JDK file channel on that very descriptor, as {@code os.open} makes
 * them, so {@code lseek}, {@code fstat}, {@code open(fd)} and its {@code seek} work and the file
 * offset stays shared with the sender; any other (pipe, socket, terminal) is read and written
 * through the C library, as {@code os.pipe} and sockets are.
 */
final class ReceivedFds {
    private ReceivedFds() {}

    private static final int O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, SEEK_CUR = 1;

    /**
     * Registers {@code real} in {@code interp}'s table; the table owns it from now on (closing
     * the number closes it).
     *
     * @return its number in the table
     */
    static int enter(Interpreter interp, int real) {
        FdTable table = FdTable.of(interp);
        FileChannel ch = Libc.lseek(real, 0, SEEK_CUR) >= 0 ? channel(real) : null;
        if (ch == null) {
            NativeFdStreams.Fd fd = new NativeFdStreams.Fd(real);
            return table.addNative(real, new NativeFdStreams.In(fd), new NativeFdStreams.Out(fd));
        }
        int n = table.add(ch);
        int flags = Libc.fcntl(real, Libc.F_GETFD, 0);
        // received without MSG_CMSG_CLOEXEC it is inheritable, as CPython reports it
        table.get(n).inheritable = flags >= 0 && (flags & Libc.FD_CLOEXEC) == 0;
        return n;
    }

    /**
     * A channel on descriptor {@code real} itself (not a reopening: the offset is the sender's
     * too), readable and writable as its access mode says; null where the JDK does not open
     * its internals to us (a JVM started without the launcher's {@code --add-opens}).
     */
    private static FileChannel channel(int real) {
        if (Jdk.OPEN == null) {
            return null;
        }
        int mode = Libc.fcntl(real, Libc.F_GETFL, 0);
        if (mode < 0) {
            return null;
        }
        int access = mode & O_ACCMODE;
        try {
            java.io.FileDescriptor fd = Jdk.NEW_FD.newInstance();
            Jdk.FD_NUMBER.setInt(fd, real);
            return (FileChannel) Jdk.OPEN.invoke(null, fd, null, access != O_WRONLY,
                    access == O_WRONLY || access == O_RDWR, false, false, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The JDK internals a channel on an existing descriptor is made with, or nulls. */
    private static final class Jdk {
        static final Constructor<java.io.FileDescriptor> NEW_FD;
        static final Field FD_NUMBER;
        static final Method OPEN;

        static {
            Constructor<java.io.FileDescriptor> c = null;
            Field f = null;
            Method m = null;
            try {
                c = java.io.FileDescriptor.class.getDeclaredConstructor();
                f = java.io.FileDescriptor.class.getDeclaredField("fd");
                f.setAccessible(true);
                // FileChannelImpl.open(fd, path, readable, writable, sync, direct, parent), JDK 25
                m = Class.forName("sun.nio.ch.FileChannelImpl").getMethod("open", java.io.FileDescriptor.class,
                        String.class, boolean.class, boolean.class, boolean.class, boolean.class,
                        java.io.Closeable.class);
                m.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                m = null;
            }
            NEW_FD = c;
            FD_NUMBER = f;
            OPEN = m;
        }
    }
}
