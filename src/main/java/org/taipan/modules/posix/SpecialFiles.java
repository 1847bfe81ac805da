package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.ThreadState;

/**
 * {@code os.mkfifo} and {@code os.mknod} (the C library's functions on the resolved path, with the
 * interpreter's umask applied instead of the process's), and the device number functions
 * {@code major}, {@code minor} and {@code makedev} (glibc's encoding of {@code dev_t}). The file
 * functions are registered only when the C library can be called; failures raise the errno's
 * OSError without a file name, as CPython's {@code posix_error}.
 */
final class SpecialFiles {
    private SpecialFiles() {}

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final NativeFn MKFIFO = new NativeFn("mkfifo", FunctionDescriptor.of(I, ValueLayout.ADDRESS, I));
    private static final NativeFn MKNOD = new NativeFn("mknod", FunctionDescriptor.of(I, ValueLayout.ADDRESS, I,
            ValueLayout.JAVA_LONG));
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    static void register(PyModule m) {
        PosixModule.def(m, "major", (a, k) -> PyInt.of(major(dev(PosixModule.oneArg("major", a, k, "device")))));
        PosixModule.def(m, "minor", (a, k) -> PyInt.of(minor(dev(PosixModule.oneArg("minor", a, k, "device")))));
        PosixModule.def(m, "makedev", (a, k) -> {
            PyObject[] b = MethodArgs.bind("makedev", a, k, 0, "major", "minor");
            long ma = Integer.toUnsignedLong(PosixModule.intArg(MethodArgs.required("makedev", b, 0, "major")));
            long mi = Integer.toUnsignedLong(PosixModule.intArg(MethodArgs.required("makedev", b, 1, "minor")));
            return PyInt.of(((ma & 0xfff) << 8) | ((ma & ~0xfffL) << 32) | (mi & 0xff) | ((mi & ~0xffL) << 12));
        });
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "mkfifo", (a, k) -> {
            PyObject[] b = MethodArgs.bind("mkfifo", a, k, 0, "path", "mode", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("mkfifo", b, 0, "path"),
                    "mkfifo", "path"), b[2], "mkfifo");
            int mode = b[1] == null ? 0666 : PosixModule.intArg(b[1]);
            make(p, mode, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    return MKFIFO.call(Libc.cPath(arena, p.path()), mode);
                }
            });
            return PyNone.NONE;
        });
        PosixModule.def(m, "mknod", (a, k) -> {
            PyObject[] b = MethodArgs.bind("mknod", a, k, 0, "path", "mode", "device", "dir_fd");
            PosixPaths.PathArg p = DirFds.resolve(PosixPaths.convert(MethodArgs.required("mknod", b, 0, "path"),
                    "mknod", "path"), b[3], "mknod");
            int mode = b[1] == null ? 0600 : PosixModule.intArg(b[1]);
            long device = b[2] == null ? 0 : dev(b[2]);
            make(p, mode, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    return MKNOD.call(Libc.cPath(arena, p.path()), mode, device);
                }
            });
            return PyNone.NONE;
        });
    }

    /** Runs a creating call; on success gives the file the permission bits the interpreter's umask allows. */
    private static void make(PosixPaths.PathArg p, int mode, java.util.function.LongSupplier call) {
        long epoch = PosixState.umaskEpoch();
        if (call.getAsLong() == -1) {
            throw Errno.error(Libc.errno(), null);
        }
        int fix = PosixState.of(ThreadState.current().interpreter).creationModeFix(mode & 0777, epoch);
        if (fix >= 0) {
            try {
                // following: the JDK opens the file to change a link's mode, which blocks on a FIFO
                FileFunctions.setMode(p.path(), fix, true);
            } catch (java.io.IOException e) {
                // the node exists; its mode stays as the process's mask made it
            }
        }
    }

    /**
     * {@code _Py_Dev_Converter}: a {@code dev_t} (unsigned 64 bits) from an int.
     *
     * @throws org.taipan.runtime.PyException OverflowError "can't convert negative int to
     *     unsigned" / "int too big to convert"; TypeError "an integer is required" for anything but
     *     an int (no {@code __index__}, as {@code PyLong_AsUnsignedLongLong})
     */
    private static long dev(PyObject o) {
        PyInt v = PyInt.asInt(o);
        if (v == null) {
            throw Errors.typeError("an integer is required");
        }
        if (v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        BigInteger b = v.bigValue();
        if (b.compareTo(U64) >= 0) {
            throw Errors.overflow("int too big to convert");
        }
        return b.longValue();
    }

    private static long major(long dev) {
        return (((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL)) & 0xFFFFFFFFL;
    }

    private static long minor(long dev) {
        return ((dev & 0xff) | ((dev >>> 12) & ~0xffL)) & 0xFFFFFFFFL;
    }
}
