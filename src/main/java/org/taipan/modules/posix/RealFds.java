package org.taipan.modules.posix;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.ThreadState;

/**
 * The operating system's descriptor behind one of the interpreter's emulated descriptor numbers,
 * for the modules that hand a descriptor to the C library ({@code fcntl}, {@code termios}): a
 * real pipe, socket or terminal end ({@link FdTable.OpenFile#nativeFd}), the descriptor the JDK
 * opened a file channel on (read by reflection; the launcher opens {@code sun.nio.ch} and
 * {@code java.io} to Taipan for it; a directory's own when the JDK hides it,
 * {@link FdTable.OpenFile#directoryFd}), or 0, 1 and 2 for the standard streams of an interpreter
 * running on the process's own. Nothing is opened or duplicated here: the descriptor belongs to
 * the open file and is valid while it is open.
 */
public final class RealFds {
    private RealFds() {}

    /**
     * The real descriptor of the calling interpreter's descriptor {@code fd}.
     *
     * @param fd a descriptor number of the interpreter's {@link FdTable}, at least 0
     * @return the operating system's descriptor, at least 0
     * @throws org.taipan.runtime.PyException OSError EBADF when {@code fd} is not open or has no
     *     real descriptor (an embedder's captured stream, a JDK pipe)
     */
    public static int of(int fd) {
        FdTable.OpenFile f = FdTable.of(ThreadState.current().interpreter).get(fd);
        int real = f == null ? -1 : existing(f);
        if (real < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return real;
    }

    /**
     * {@code _Py_get_blocking}: whether {@code f} is in blocking mode, O_NONBLOCK of its real
     * pipe or socket descriptor, else the flag the table keeps for it.
     *
     * @throws org.taipan.runtime.PyException OSError when fcntl fails
     */
    public static boolean isBlocking(FdTable.OpenFile f) {
        int real = f.nativeFd;
        if (real < 0) {
            return !f.nonBlocking.get();
        }
        int flags = Libc.fcntl(real, Libc.F_GETFL, 0);
        if (flags < 0) {
            throw Errno.error(Libc.errno(), null);
        }
        return (flags & Libc.O_NONBLOCK) == 0;
    }

    /** The real descriptor behind {@code f}, or -1 when it has none (a stream of Java objects only). */
    public static int existing(FdTable.OpenFile f) {
        if (f.nativeFd >= 0) {
            return f.nativeFd;
        }
        if (f.directoryFd >= 0) {
            return f.directoryFd;
        }
        if (f.channel() != null) {
            return channelFd(f.channel());
        }
        return processStream(f.in(), f.out());
    }

    /** 0, 1 or 2 when {@code in} or {@code out} is the process's own standard stream, else -1. */
    static int processStream(InputStream in, OutputStream out) {
        if (ChildFds.isProcessStdin(in)) {
            return 0;
        }
        return ChildFds.processOutput(out);
    }

    /**
     * The descriptor a JDK file channel was opened on ({@code FileChannelImpl.fd}, a
     * {@code FileDescriptor} whose {@code fd} field is the number), or -1 when the JDK does not
     * open its internals to us (a JVM started without the launcher's {@code --add-opens}).
     */
    public static int channelFd(FileChannel channel) {
        try {
            java.lang.reflect.Field cf = ChannelFields.of(channel.getClass());
            if (cf == null || ChannelFields.NUMBER == null) {
                return -1;
            }
            return ChannelFields.NUMBER.getInt(cf.get(channel));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a channel of another kind
            return -1;
        }
    }

    /**
     * The reflective fields {@link #channelFd} reads, looked up once: {@code dir_fd} calls read a
     * channel's descriptor every time, and looking the fields up again cost more than the call.
     */
    private static final class ChannelFields {
        /** {@code FileDescriptor.fd}, or null when {@code java.io} is not opened to us. */
        static final java.lang.reflect.Field NUMBER = accessible(java.io.FileDescriptor.class, "fd");
        /** Each channel class's {@code fd} field, or null when it has none we may read. */
        private static final ClassValue<java.lang.reflect.Field> FD = new ClassValue<>() {
            @Override
            protected java.lang.reflect.Field computeValue(Class<?> channelClass) {
                return accessible(channelClass, "fd");
            }
        };

        static java.lang.reflect.Field of(Class<?> channelClass) {
            return FD.get(channelClass);
        }

        private static java.lang.reflect.Field accessible(Class<?> c, String name) {
            try {
                java.lang.reflect.Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not opened to us (no --add-opens), or no such field
                return null;
            }
        }
    }
}
