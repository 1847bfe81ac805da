package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;

/**
 * {@code os.getrandom(size, flags=0)} ({@code os_getrandom_impl}) with its {@code GRND_*} flags:
 * the C library's {@code getrandom}, retried on EINTR. Registered only when the C library can be
 * called.
 */
final class RandomFunctions {
    private RandomFunctions() {}

    private static final NativeFn GETRANDOM = new NativeFn("getrandom", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));

    static void register(PyModule m) {
        if (!Libc.available()) {
            return;
        }
        m.set("GRND_NONBLOCK", PyInt.of(1));
        m.set("GRND_RANDOM", PyInt.of(2));
        PosixModule.def(m, "getrandom", (a, k) -> {
            PyObject[] b = MethodArgs.bind("getrandom", a, k, 0, "size", "flags");
            long size = Abstract.index(MethodArgs.required("getrandom", b, 0, "size"), null).longValue();
            int flags = b[1] == null ? 0 : PosixModule.intArg(b[1]);
            if (size < 0) {
                throw Errno.error(Errno.EINVAL, null);
            }
            return PyBytes.of(getrandom((int) Math.min(size, Integer.MAX_VALUE - 8), flags));
        });
    }

    /**
     * {@code n} bytes from the kernel's generator; a short read is returned short, as CPython's.
     *
     * @throws org.taipan.runtime.PyException the errno's OSError (BlockingIOError for
     *     {@code GRND_NONBLOCK} before the pool is ready)
     */
    private static byte[] getrandom(int n, int flags) {
        if (n == 0) {
            return new byte[0];
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(n);
            while (true) {
                long got = GETRANDOM.call(buf, (long) n, flags);
                if (got >= 0) {
                    return buf.asSlice(0, got).toArray(ValueLayout.JAVA_BYTE);
                }
                if (Libc.errno() != Errno.EINTR) {
                    throw Errno.error(Libc.errno(), null);
                }
            }
        }
    }
}
