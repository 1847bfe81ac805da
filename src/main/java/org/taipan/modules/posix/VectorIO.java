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
        registerPositionalVectors(m);
        PosixModule.def(m, "readv", (a, k) -> {
            Args.check("readv", a, k, 2, 2);
            int fd = PosixModule.intArg(a[0]);
            PyObject[] items = sequence(a[1], "readv");
            Buffers.Region[] regions = writableRegions(items);
            long total = 0;
            for (Buffers.Region r : regions) {
                total += r.length();
            }
            return PyInt.of(scatter(read(fd, (int) Math.min(total, Integer.MAX_VALUE - 8)), regions));
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
            return PyInt.of(write(fd, all.toByteArray()));
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
                return PyBytes.of(got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got));
            } catch (java.nio.channels.NonReadableChannelException e) {
                throw Errno.error(Errno.EBADF, null);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "pwrite", (a, k) -> {
            Args.check("pwrite", a, k, 3, 3);
            int fd = PosixModule.intArg(a[0]);
            byte[] data = Buffers.contiguousOrNull(a[1]);
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

    /** The {@code RWF_*} flags {@code preadv}/{@code pwritev} know (Linux's); others are EOPNOTSUPP. */
    static final int RWF_HIPRI = 1, RWF_DSYNC = 2, RWF_SYNC = 4, RWF_NOWAIT = 8, RWF_APPEND = 16;
    private static final int RWF_KNOWN = RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND;

    /**
     * {@code os.preadv(fd, buffers, offset, flags=0)} and {@code os.pwritev(fd, buffers, offset,
     * flags=0)}: one positional read filling the buffers in order, one positional write of their
     * concatenation, on the file's channel. The flags are hints the channel cannot pass on: high
     * priority and no-wait change nothing for a file, DSYNC/SYNC force the written data to the
     * device, APPEND writes at the end of the file, as {@code pwritev2} does.
     */
    static void registerPositionalVectors(PyModule m) {
        PosixModule.def(m, "preadv", (a, k) -> {
            Args.noKeywords("posix.preadv", k);
            Args.check("preadv", a, null, 3, 4);
            int fd = PosixModule.intArg(a[0]);
            if (a[1].type().lookup("__getitem__") == null || a[1] instanceof org.taipan.runtime.PyDict) {
                throw Errors.typeError("preadv2() arg 2 must be a sequence");
            }
            PyObject[] items = Abstract.toArray(a[1]);
            long offset = Abstract.index(a[2], null).longValue();
            int flags = a.length > 3 ? PosixModule.intArg(a[3]) : 0;
            Buffers.Region[] regions = writableRegions(items);
            long total = 0;
            for (Buffers.Region r : regions) {
                total += r.length();
            }
            checkFlags(flags & ~RWF_APPEND);
            if (offset == -1 && FdFunctions.openFile(fd).channel() == null) {
                // a pipe, socket or terminal: read where it is, as readv
                return PyInt.of(scatter(read(fd, (int) Math.min(total, Integer.MAX_VALUE - 8)), regions));
            }
            FileChannel ch = positional(fd, offset, true);
            int n = (int) Math.min(total, Integer.MAX_VALUE - 8);
            try {
                ByteBuffer buf = ByteBuffer.allocate(n);
                int got = 0;
                while (buf.hasRemaining()) {
                    // offset -1: at the file's position, which moves (preadv2's convention)
                    int r = offset == -1 ? ch.read(buf) : ch.read(buf, offset + got);
                    if (r <= 0) {
                        break;
                    }
                    got += r;
                }
                int at = 0;
                for (Buffers.Region r : regions) {
                    int c = Math.min(r.length(), got - at);
                    System.arraycopy(buf.array(), at, r.array(), r.offset(), c);
                    at += c;
                }
                return PyInt.of(got);
            } catch (java.nio.channels.NonReadableChannelException e) {
                throw Errno.error(Errno.EBADF, null);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
        PosixModule.def(m, "pwritev", (a, k) -> {
            Args.noKeywords("posix.pwritev", k);
            Args.check("pwritev", a, null, 3, 4);
            int fd = PosixModule.intArg(a[0]);
            PyObject[] items = sequence(a[1], "pwritev");
            long offset = Abstract.index(a[2], null).longValue();
            int flags = a.length > 3 ? PosixModule.intArg(a[3]) : 0;
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (PyObject item : items) {
                byte[] b = Buffers.bytesOrNull(item);
                if (b == null) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", item.type().name());
                }
                all.writeBytes(b);
            }
            checkFlags(flags);
            if (offset == -1 && FdFunctions.openFile(fd).channel() == null) {
                // a pipe, socket or terminal: write where it is, as writev
                return PyInt.of(write(fd, all.toByteArray()));
            }
            FileChannel ch = positional(fd, (flags & RWF_APPEND) != 0 ? 0 : offset, true);
            try {
                ByteBuffer buf = ByteBuffer.wrap(all.toByteArray());
                long at = (flags & RWF_APPEND) != 0 ? ch.size() : offset;
                while (buf.hasRemaining()) {
                    // offset -1: at the file's position, which moves (pwritev2's convention)
                    if (at == -1) {
                        ch.write(buf);
                    } else {
                        at += ch.write(buf, at);
                    }
                }
                if ((flags & (RWF_DSYNC | RWF_SYNC)) != 0) {
                    ch.force((flags & RWF_SYNC) != 0);
                }
                return PyInt.of(all.size());
            } catch (java.nio.channels.NonWritableChannelException e) {
                throw Errno.error(Errno.EBADF, null);
            } catch (IOException e) {
                throw Errno.error(e, null);
            }
        });
    }

    /** Flags the kernel would refuse: EOPNOTSUPP, as {@code preadv2}/{@code pwritev2} with unknown bits. */
    private static void checkFlags(int flags) {
        if ((flags & ~RWF_KNOWN) != 0) {
            throw Errno.error(95, null);
        }
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

    /** Copies {@code data} into the regions in order, as far as it goes; its length. */
    private static int scatter(byte[] data, Buffers.Region[] regions) {
        int at = 0;
        for (Buffers.Region r : regions) {
            int n = Math.min(r.length(), data.length - at);
            System.arraycopy(data, at, r.array(), r.offset(), n);
            at += n;
        }
        return data.length;
    }

    /** {@code os.write} of {@code data} to descriptor {@code fd}: the bytes written; EBADF for a bad one. */
    private static int write(int fd, byte[] data) {
        try {
            int n = table().write(fd, data);
            if (n < 0) {
                throw Errno.error(Errno.EBADF, null);
            }
            return n;
        } catch (IOException e) {
            throw Errno.error(e, null);
        }
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
        return positional(fd, offset, false);
    }

    /**
     * {@link #positional(int, long)} for {@code preadv}/{@code pwritev} when {@code minusOneIsCurrent}:
     * offset -1 is then the file's position ({@code preadv2}/{@code pwritev2}'s convention).
     */
    private static FileChannel positional(int fd, long offset, boolean minusOneIsCurrent) {
        FdTable.OpenFile f = FdFunctions.openFile(fd);
        if (f.channel() == null) {
            throw Errno.error(Errno.ESPIPE, null);
        }
        if (offset < 0 && !(offset == -1 && minusOneIsCurrent)) {
            throw Errno.error(Errno.EINVAL, null);
        }
        return f.channel();
    }

    /**
     * The writable regions of the buffers {@code readv}/{@code preadv} fill: TypeError for an
     * item that is no bytes-like object, BufferError for a read-only one.
     */
    private static Buffers.Region[] writableRegions(PyObject[] items) {
        Buffers.Region[] regions = new Buffers.Region[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!Buffers.isBuffer(items[i])) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", items[i].type().name());
            }
            regions[i] = Buffers.writable(items[i]);
            if (regions[i] == null) {
                throw Errors.of(ExceptionTypes.BufferError, "Object is not writable.");
            }
        }
        return regions;
    }
}
