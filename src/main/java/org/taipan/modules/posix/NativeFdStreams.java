package org.taipan.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Java streams over a real operating-system descriptor (a pipe end made by {@code os.pipe()}), so
 * that {@code _io.FileIO}, {@code os.read} and {@code os.write} use it as they use any other open
 * file, while a child process started by {@code _posixsubprocess} can be given the same pipe.
 * The descriptor is closed once, by whichever of the two streams is closed first.
 */
public final class NativeFdStreams {
    private NativeFdStreams() {}

    /** A failed call on a real descriptor, carrying its errno (so EPIPE becomes BrokenPipeError). */
    public static final class ErrnoException extends IOException {
        /** The C library's error number. */
        public final int errno;

        public ErrnoException(int errno) {
            super(Errno.strerror(errno));
            this.errno = errno;
        }
    }

    /** One real descriptor, closed at most once. */
    public static final class Fd {
        /** The operating system's number for it. */
        public final int fd;
        private final AtomicBoolean closed = new AtomicBoolean();

        public Fd(int fd) {
            this.fd = fd;
        }

        /** Closes the descriptor (once). */
        public void close() throws IOException {
            if (closed.compareAndSet(false, true) && Libc.close(fd) != 0 && Libc.errno() != Errno.EINTR) {
                throw new ErrnoException(Libc.errno());
            }
        }

        boolean isClosed() {
            return closed.get();
        }
    }

    /** Reads with {@code read(2)}: a pipe read blocks until data or end of file, as in C. */
    public static final class In extends InputStream {
        private final Fd fd;

        public In(Fd fd) {
            this.fd = fd;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (fd.isClosed()) {
                throw new ErrnoException(Errno.EBADF);
            }
            int got = Libc.read(fd.fd, b, off, len);
            if (got < 0) {
                throw new ErrnoException(Libc.errno());
            }
            return got == 0 ? -1 : got;
        }

        @Override
        public void close() throws IOException {
            fd.close();
        }
    }

    /** Writes with {@code write(2)} until everything is written. */
    public static final class Out extends OutputStream {
        private final Fd fd;

        public Out(Fd fd) {
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (fd.isClosed()) {
                throw new ErrnoException(Errno.EBADF);
            }
            while (len > 0) {
                int put = Libc.write(fd.fd, b, off, len);
                if (put < 0) {
                    throw new ErrnoException(Libc.errno());
                }
                off += put;
                len -= put;
            }
        }

        @Override
        public void close() throws IOException {
            fd.close();
        }
    }
}
