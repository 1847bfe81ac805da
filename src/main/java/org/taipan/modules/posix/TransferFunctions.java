package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * {@code os.sendfile(out_fd, in_fd, offset, count)}, {@code os.copy_file_range} and
 * {@code os.splice} (Linux's in-kernel copies) over the interpreter's descriptors: at most
 * {@code count} bytes are read from the input (at {@code offset} without moving its position, or
 * from and advancing its position) and written once to the output (at the output offset, or at
 * its position); the result is the number of bytes the output took, which may be fewer (a
 * non-blocking socket), and a write that would block raises BlockingIOError as the system call
 * does. Descriptors with a real operating-system descriptor (pipes, sockets) are written with the
 * C library, files through their channels.
 */
final class TransferFunctions {
    private TransferFunctions() {}

    /** The largest single transfer (the kernel also moves at most about 2 GiB per call). */
    private static final int MAX_CHUNK = 1 << 20;

    static void register(PyModule m) {
        PosixModule.def(m, "sendfile", (a, k) -> {
            PyObject[] b = MethodArgs.bind("sendfile", a, k, 0, "out_fd", "in_fd", "offset", "count");
            int out = PosixModule.intArg(MethodArgs.required("sendfile", b, 0, "out_fd"));
            int in = PosixModule.intArg(MethodArgs.required("sendfile", b, 1, "in_fd"));
            PyObject offset = MethodArgs.required("sendfile", b, 2, "offset");
            long count = Abstract.index(MethodArgs.required("sendfile", b, 3, "count"), null).longValue();
            long inOffset = offset == PyNone.NONE ? -1 : Abstract.index(offset, null).longValue();
            if (offset != PyNone.NONE && inOffset < 0 || count < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            return PyInt.of(transfer(in, out, count, inOffset, -1));
        });
        for (String name : new String[] {"copy_file_range", "splice"}) {
            boolean splice = name.equals("splice");
            PosixModule.def(m, name, (a, k) -> {
                PyObject[] b = splice
                        ? MethodArgs.bind(name, a, k, 0, "src", "dst", "count", "offset_src", "offset_dst", "flags")
                        : MethodArgs.bind(name, a, k, 0, "src", "dst", "count", "offset_src", "offset_dst");
                int src = PosixModule.intArg(MethodArgs.required(name, b, 0, "src"));
                int dst = PosixModule.intArg(MethodArgs.required(name, b, 1, "dst"));
                long count = Abstract.index(MethodArgs.required(name, b, 2, "count"), null).longValue();
                if (count < 0) {
                    throw Errors.valueError("negative value for 'count' not allowed");
                }
                long inOffset = offsetArg(b[3]);
                long outOffset = offsetArg(b[4]);
                if (splice && !isPipe(src) && !isPipe(dst)) {
                    throw Errno.error(Errno.EINVAL, null);
                }
                return PyInt.of(transfer(src, dst, count, inOffset, outOffset));
            });
        }
    }

    /** An optional offset: -1 for None or absent; a negative one is EINVAL. */
    private static long offsetArg(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        long v = Abstract.index(o, null).longValue();
        if (v < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        return v;
    }

    private static boolean isPipe(int fd) {
        FdTable.OpenFile f = FdFunctions.openFile(fd);
        return f.channel() == null;
    }

    /** Copies at most {@code count} bytes from {@code in} to {@code out}: how many the output took. */
    private static long transfer(int in, int out, long count, long inOffset, long outOffset) {
        FdTable.OpenFile src = FdFunctions.openFile(in);
        FdTable.OpenFile dst = FdFunctions.openFile(out);
        int n = (int) Math.min(count, MAX_CHUNK);
        if (n == 0) {
            return 0;
        }
        try {
            byte[] data = read(src, n, inOffset);
            if (data.length == 0) {
                return 0;
            }
            int written = write(dst, out, data, outOffset);
            if (inOffset < 0 && src.channel() != null && written < data.length) {
                // give back what the output did not take
                src.channel().position(src.channel().position() - (data.length - written));
            }
            return written;
        } catch (java.nio.channels.NonWritableChannelException | java.nio.channels.NonReadableChannelException e) {
            // a descriptor not open for that direction, as the system calls report it
            throw Errno.error(Errno.EBADF, null);
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    private static byte[] read(FdTable.OpenFile src, int n, long offset) throws IOException {
        FileChannel ch = src.channel();
        if (ch != null) {
            ByteBuffer buf = ByteBuffer.allocate(n);
            int got = offset >= 0 ? ch.read(buf, offset) : ch.read(buf);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
        }
        if (offset >= 0) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        if (src.in() == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        byte[] b = new byte[n];
        int got = Blocking.withoutGil(() -> src.in().read(b, 0, n));
        return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
    }

    private static int write(FdTable.OpenFile dst, int fd, byte[] data, long offset) throws IOException {
        FileChannel ch = dst.channel();
        if (ch != null) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            if (offset >= 0) {
                long at = offset;
                while (buf.hasRemaining()) {
                    at += ch.write(buf, at);
                }
            } else {
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            return data.length;
        }
        if (offset >= 0) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        if (dst.nativeFd >= 0) {
            int put = Blocking.withoutGil(() -> Libc.write(dst.nativeFd, data, 0, data.length));
            if (put < 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return put;
        }
        if (dst.out() == null) {
            throw Errno.error(Errno.EBADF, null);
        }
        dst.out().write(data);
        dst.out().flush();
        return data.length;
    }
}
