package org.taipan.modules.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * {@code os.eventfd(initval, flags=EFD_CLOEXEC)}, {@code os.eventfd_read(fd)} and
 * {@code os.eventfd_write(fd, value)} with the {@code EFD_*} flags: a real eventfd of the kernel,
 * registered in the interpreter's descriptor table like a pipe end (so {@code os.read},
 * {@code os.write} and {@code select} work on it); its counter is read and written as 8-byte
 * native-endian integers. Registered only when the C library can be called.
 */
final class EventFds {
    private EventFds() {}

    private static final int EFD_CLOEXEC = 0x80000, EFD_NONBLOCK = 0x800, EFD_SEMAPHORE = 1;
    private static final NativeFn EVENTFD = new NativeFn("eventfd", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        m.set("EFD_CLOEXEC", PyInt.of(EFD_CLOEXEC));
        m.set("EFD_NONBLOCK", PyInt.of(EFD_NONBLOCK));
        m.set("EFD_SEMAPHORE", PyInt.of(EFD_SEMAPHORE));
        PosixModule.def(m, "eventfd", (a, k) -> {
            PyObject[] b = MethodArgs.bind("eventfd", a, k, 0, "initval", "flags");
            int initval = PosixModule.intArg(MethodArgs.required("eventfd", b, 0, "initval"));
            int flags = b[1] == null ? EFD_CLOEXEC : PosixModule.intArg(b[1]);
            int real = (int) EVENTFD.check(null, initval, flags);
            NativeFdStreams.Fd d = new NativeFdStreams.Fd(real);
            return PyInt.of(FdTable.of(ThreadState.current().interpreter).addNative(real, new NativeFdStreams.In(d),
                    new NativeFdStreams.Out(d)));
        });
        PosixModule.def(m, "eventfd_read", (a, k) -> {
            int fd = PosixModule.intArg(PosixModule.oneArg("eventfd_read", a, k, "fd"));
            int real = nativeFd(fd);
            byte[] buf = new byte[8];
            while (true) {
                int got = Blocking.withoutGil(() -> Libc.read(real, buf, 0, 8));
                if (got == 8) {
                    long v = java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.nativeOrder()).getLong();
                    return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
                }
                if (got < 0) {
                    throw Errno.error(Libc.errno(), null);
                }
                throw Errno.error(Errno.EIO, null);
            }
        });
        PosixModule.def(m, "eventfd_write", (a, k) -> {
            PyObject[] b = MethodArgs.bind("eventfd_write", a, k, 0, "fd", "value");
            int fd = PosixModule.intArg(MethodArgs.required("eventfd_write", b, 0, "fd"));
            long value = unsigned64(MethodArgs.required("eventfd_write", b, 1, "value"));
            int real = nativeFd(fd);
            byte[] buf = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder()).putLong(value).array();
            int put = Blocking.withoutGil(() -> Libc.write(real, buf, 0, 8));
            if (put < 0) {
                throw Errno.error(Libc.errno(), null);
            }
            return PyNone.NONE;
        });
    }

    /** The real descriptor behind {@code fd}: EBADF when it has none. */
    private static int nativeFd(int fd) {
        FdTable.OpenFile f = FdFunctions.openFile(fd);
        if (f.nativeFd < 0) {
            throw Errno.error(Errno.EBADF, null);
        }
        return f.nativeFd;
    }

    /**
     * The counter value ({@code _Py_EventfdConverter}): an int in 0..2**64-1.
     *
     * @throws org.taipan.runtime.PyException TypeError "an integer is required"; ValueError "value
     *     must be positive"; OverflowError "int too big to convert"
     */
    private static long unsigned64(PyObject o) {
        PyInt v = PyInt.asInt(o);
        if (v == null) {
            throw Errors.typeError("an integer is required");
        }
        if (v.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (v.bigValue().compareTo(U64) >= 0) {
            throw Errors.overflow("int too big to convert");
        }
        return v.bigValue().longValue();
    }
}
