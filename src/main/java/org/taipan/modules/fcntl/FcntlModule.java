package org.taipan.modules.fcntl;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Errno;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.RealFds;
import org.taipan.modules.select.SelectModule;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ThreadState;
import org.taipan.sandbox.Sandbox;

/**
 * The builtin module {@code fcntl} (CPython's {@code Modules/fcntlmodule.c}) for Linux:
 * {@code fcntl}, {@code ioctl}, {@code flock} and {@code lockf} on the real descriptor behind a
 * descriptor number or an object with {@code fileno()} ({@link RealFds}), with the Linux constants
 * CPython 3.11 exposes.
 *
 * <p>A descriptor number that is not open, or whose file has no real descriptor (a captured
 * stream of an embedder), is OSError EBADF. A sandboxed interpreter needs FILE_SYSTEM for every
 * function: locks and flags of real descriptors reach beyond the interpreter (the process's
 * standard streams, files other processes share).
 */
public final class FcntlModule {
    private FcntlModule() {}

    /** The largest string or buffer argument copied for a call, as CPython's on-stack buffer. */
    private static final int BUFFER_SIZE = 1024;

    /** The Linux (x86-64, aarch64) values of the names CPython 3.11 defines. */
    private static final Object[][] CONSTANTS = {
        {"FASYNC", 8192}, {"FD_CLOEXEC", 1},
        {"F_DUPFD", 0}, {"F_GETFD", 1}, {"F_SETFD", 2}, {"F_GETFL", 3}, {"F_SETFL", 4},
        {"F_GETLK", 5}, {"F_SETLK", 6}, {"F_SETLKW", 7}, {"F_GETLK64", 5}, {"F_SETLK64", 6}, {"F_SETLKW64", 7},
        {"F_SETOWN", 8}, {"F_GETOWN", 9}, {"F_SETSIG", 10}, {"F_GETSIG", 11},
        {"F_RDLCK", 0}, {"F_WRLCK", 1}, {"F_UNLCK", 2}, {"F_EXLCK", 4}, {"F_SHLCK", 8},
        {"F_OFD_GETLK", 36}, {"F_OFD_SETLK", 37}, {"F_OFD_SETLKW", 38},
        {"F_SETLEASE", 1024}, {"F_GETLEASE", 1025}, {"F_NOTIFY", 1026}, {"F_DUPFD_CLOEXEC", 1030},
        {"F_SETPIPE_SZ", 1031}, {"F_GETPIPE_SZ", 1032}, {"F_ADD_SEALS", 1033}, {"F_GET_SEALS", 1034},
        {"F_SEAL_SEAL", 1}, {"F_SEAL_SHRINK", 2}, {"F_SEAL_GROW", 4}, {"F_SEAL_WRITE", 8},
        {"DN_ACCESS", 1}, {"DN_MODIFY", 2}, {"DN_CREATE", 4}, {"DN_DELETE", 8}, {"DN_RENAME", 16},
        {"DN_ATTRIB", 32}, {"DN_MULTISHOT", 0x80000000L},
        {"LOCK_SH", 1}, {"LOCK_EX", 2}, {"LOCK_NB", 4}, {"LOCK_UN", 8},
        {"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
    };

    /** A new {@code fcntl} module. */
    public static PyModule create() {
        PyModule m = new PyModule("fcntl", true);
        m.set("__doc__", PyStr.of("File control (fcntl) and I/O control (ioctl) on file descriptors, and file locks."));
        for (Object[] c : CONSTANTS) {
            m.set((String) c[0], c[1] instanceof Long l ? PyInt.of(l) : PyInt.of((Integer) c[1]));
        }
        m.def("fcntl", (a, k) -> {
            Args.noKeywords("fcntl.fcntl", k);
            Args.check("fcntl", a, null, 2, 3);
            return fcntl(a);
        });
        m.def("ioctl", (a, k) -> {
            Args.noKeywords("fcntl.ioctl", k);
            Args.check("ioctl", a, null, 2, 4);
            return ioctl(a);
        });
        m.def("flock", (a, k) -> {
            Args.noKeywords("fcntl.flock", k);
            Args.check("flock", a, null, 2, 2);
            int fd = descriptor("flock", a[0]);
            int operation = FcntlArgs.cInt(a[1]);
            return Locks.flock(realFd(fd), operation);
        });
        m.def("lockf", (a, k) -> {
            Args.noKeywords("fcntl.lockf", k);
            Args.check("lockf", a, null, 2, 5);
            int fd = descriptor("lockf", a[0]);
            int cmd = FcntlArgs.cInt(a[1]);
            int whence = a.length > 4 ? FcntlArgs.cInt(a[4]) : 0;
            return Locks.lockf(fd, cmd, a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, whence);
        });
        return m;
    }

    /**
     * The descriptor number of {@code o} ({@code PyObject_AsFileDescriptor}), once the sandbox
     * allows file system access.
     */
    static int descriptor(String function, PyObject o) {
        Sandbox.require(Permission.FILE_SYSTEM, "fcntl." + function + "()");
        return SelectModule.fileDescriptor(o);
    }

    /** The real descriptor behind {@code fd}: OSError EBADF when there is none. */
    static int realFd(int fd) {
        requireLibc();
        return RealFds.of(fd);
    }

    private static void requireLibc() {
        if (!Libc.available()) {
            throw Errors.of(org.taipan.runtime.ExceptionTypes.OSError, Libc.unavailableReason("fcntl"));
        }
    }

    /** {@code fcntl.fcntl(fd, cmd, arg=0)}: an int result, or the bytes the call left in a copy of {@code arg}. */
    private static PyObject fcntl(PyObject[] a) {
        int fd = descriptor("fcntl", a[0]);
        int cmd = FcntlArgs.cInt(a[1]);
        byte[] string = a.length > 2 ? readOnlyString(a[2]) : null;
        int arg = a.length > 2 && string == null ? FcntlArgs.unsignedMask(a[2]) : 0;
        if (string != null && string.length > BUFFER_SIZE) {
            throw Errors.valueError("fcntl string arg too long");
        }
        requireLibc();
        FdTable table = FdTable.of(ThreadState.current().interpreter);
        FdTable.OpenFile f = table.get(fd);
        int real = f == null ? -1 : RealFds.existing(f);
        if (real < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        if (string == null) {
            if (DescriptorFlags.handles(f, cmd)) {
                return PyInt.of(DescriptorFlags.run(table, fd, f, real, cmd, arg));
            }
            return PyInt.of(FcntlCalls.fcntl(real, cmd, arg));
        }
        try (Arena arena = Arena.ofConfined()) {
            // the whole buffer, as CPython passes its 1024 bytes: a command may write past the argument
            MemorySegment buf = arena.allocate(BUFFER_SIZE);
            MemorySegment.copy(string, 0, buf, ValueLayout.JAVA_BYTE, 0, string.length);
            FcntlCalls.fcntl(real, cmd, buf);
            return PyBytes.of(buf.asSlice(0, string.length).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    /**
     * The bytes of a {@code str} (UTF-8) or {@code bytes} argument ({@code PyArg_Parse}'s "s#"),
     * or null for anything else, which is then read as an integer.
     */
    private static byte[] readOnlyString(PyObject o) {
        if (o instanceof PyStr s) {
            return PyBytes.encode(s, PyStr.of("utf-8"), null).bytes();
        }
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        return null;
    }

    /**
     * {@code fcntl.ioctl(fd, request, arg=0, mutate_flag=True)} ({@code fcntl_ioctl_impl}): a
     * writable buffer is passed as a copy (the object's own length when over 1024 bytes) and,
     * with {@code mutate_flag}, written back and the call's int result returned; without it the
     * copy comes back as bytes. A read-only buffer or str comes back as bytes; an int is passed
     * as is.
     */
    private static PyObject ioctl(PyObject[] a) {
        int fd = descriptor("ioctl", a[0]);
        long request = Integer.toUnsignedLong(FcntlArgs.unsignedMask(a[1]));
        boolean mutate = a.length < 4 || FcntlArgs.cInt(a[3]) != 0;
        PyObject arg = a.length > 2 ? a[2] : null;
        Buffers.Region region = arg == null ? null : Buffers.writable(arg);
        if (region != null) {
            if (!mutate && region.length() > BUFFER_SIZE) {
                throw Errors.valueError("ioctl string arg too long");
            }
            int real = realFd(fd);
            try (Arena arena = Arena.ofConfined()) {
                // one byte more for a NUL after the argument, as CPython's buffer has
                MemorySegment buf = arena.allocate(Math.max(BUFFER_SIZE, region.length()) + 1L);
                MemorySegment.copy(region.array(), region.offset(), buf, ValueLayout.JAVA_BYTE, 0, region.length());
                int r = FcntlCalls.ioctl(real, request, buf);
                if (mutate) {
                    MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, region.array(), region.offset(), region.length());
                    return PyInt.of(r);
                }
                return PyBytes.of(buf.asSlice(0, region.length()).toArray(ValueLayout.JAVA_BYTE));
            }
        }
        byte[] string = arg == null ? null : arg instanceof PyStr s
                ? PyBytes.encode(s, PyStr.of("utf-8"), null).bytes() : Buffers.bytesOrNull(arg);
        if (string != null) {
            if (string.length > BUFFER_SIZE) {
                throw Errors.valueError("ioctl string arg too long");
            }
            int real = realFd(fd);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(BUFFER_SIZE + 1L);
                MemorySegment.copy(string, 0, buf, ValueLayout.JAVA_BYTE, 0, string.length);
                FcntlCalls.ioctl(real, request, buf);
                return PyBytes.of(buf.asSlice(0, string.length).toArray(ValueLayout.JAVA_BYTE));
            }
        }
        int value = arg == null ? 0 : Args.cInt(arg);
        return PyInt.of(FcntlCalls.ioctl(realFd(fd), request, value));
    }
}
