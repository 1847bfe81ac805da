package org.taipan.modules.posix;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * {@code os.readv}, {@code os.writev}, {@code os.pread} and {@code os.pwrite} over the
 * interpreter's descriptors: a vector read fills the buffers in order from one read of their total
 * length, a vector write writes their concatenation; the positional forms read and write a file's
 * channel at an offset without moving its position (ESPIPE for a pipe or stream).
 */
final class VectorIO {
    private VectorIO() {}

    static void register(PyModule m) {
        PosixModule.def(m, "readv", (a, k) -> {
            Args.check("readv", a, k, 2, 2);
            int fd = PosixModule.intArg(a[0]);
            PyObject[] items = sequence(a[1], "readv");
            Buffers.Region[] regions = new Buffers.Region[items.length];
            long total = 0;
            for (int i = 0; i < items.length; i++) {
                if (!Buffers.isBuffer(items[i])) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", items[i].type().name());
                }
                regions[i] = Buffers.writable(items[i]);
                if (regions[i] == null) {
                    throw Errors.of(ExceptionTypes.BufferError, "Object is not writable.");
                }
                total += regions[i].length();
            }
            byte[] data = read(fd, (int) Math.min(total, Integer.MAX_VALUE - 8));
            int at = 0;
            for (Buffers.Region r : regions) {
                int n = Math.min(r.length(), data.length - at);
                System.arraycopy(data, at, r.array(), r.offset(), n);
                at += n;
            }
            return PyInt.of(data.length);
        });
        PosixModule.def(m, "writev", (a, k) -> {
            Args.check("writev", a, k, 2, 2);
            int fd = PosixModule.intArg(a[0]);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (PyObject item : sequence(a[1], "writev")) {
                byte[] b = Buffers.bytesOrNull(item);
                if (b == null) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", item.type().name());
                }
                all.writeBytes(b);
            }
            try {
                int n = table().write(fd, all.toByteArray());
                if (n < 0) {
                    throw Errno.error(Errno.EBADF, null);
                }
                return PyInt.of(n);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "pread", (a, k) -> {
            Args.check("pread", a, k, 3, 3);
            int fd = PosixModule.intArg(a[0]);
            int n = PosixModule.intArg(a[1]);
            long offset = Abstract.index(a[2], null).longValue();
            if (n < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            FileChannel ch = positional(fd, offset);
            try {
                ByteBuffer buf = ByteBuffer.allocate(n);
                int got = n == 0 ? 0 : ch.read(buf, offset);
                return new PyBytes(got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got));
            } catch (java.nio.channels.NonReadableChannelException e) {
                throw Errno.error(Errno.EBADF, null);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "pwrite", (a, k) -> {
            Args.check("pwrite", a, k, 3, 3);
            int fd = PosixModule.intArg(a[0]);
            byte[] data = Buffers.bytesOrNull(a[1]);
            if (data == null) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", a[1].type().name());
            }
            long offset = Abstract.index(a[2], null).longValue();
            FileChannel ch = positional(fd, offset);
            try {
                ByteBuffer buf = ByteBuffer.wrap(data);
                long at = offset;
                while (buf.hasRemaining()) {
                    at += ch.write(buf, at);
                }
                return PyInt.of(data.length);
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw Errno.error(Errno.EBADF, null);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
    }

    private static FdTable table() {
        return FdTable.of(ThreadState.current().interpreter);
    }

    /** The items of a vector argument: "readv() arg 2 must be a sequence" otherwise. */
    private static PyObject[] sequence(PyObject o, String fname) {
        if (o.type().lookup("__getitem__") == null || o instanceof org.taipan.runtime.PyDict) {
            throw Errors.typeError("%s() arg 2 must be a sequence", fname);
        }
        return Abstract.toArray(o);
    }

    private static byte[] read(int fd, int n) {
        try {
            byte[] b = org.taipan.runtime.Blocking.withoutGil(() -> table().read(fd, n));
            if (b == null) {
                throw Errno.error(Errno.EBADF, null);
            }
            return b;
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
    }

    /** The channel of a file descriptor for a positional call: EBADF, ESPIPE, EINVAL for a negative offset. */
    private static FileChannel positional(int fd, long offset) {
        FdTable.OpenFile f = FdFunctions.openFile(fd);
        if (f.channel() == null) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        if (offset < 0) {
            throw Errno.error(Errno.EINVAL, null);
        }
        return f.channel();
    }
}
