package org.taipan.modules.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * One C-library function linked on its first call through {@link Libc#link} (so that importing
 * {@code posix} links nothing), called with {@link Libc#call}: a failing call returns -1 and
 * leaves its errno in {@link Libc#errno()}.
 */
final class NativeFn {
    private final String symbol;
    private final FunctionDescriptor descriptor;
    private MethodHandle handle;

    NativeFn(String symbol, FunctionDescriptor descriptor) {
        this.symbol = symbol;
        this.descriptor = descriptor;
    }

    private synchronized MethodHandle handle() {
        if (handle == null) {
            handle = Libc.link(symbol, descriptor);
        }
        return handle;
    }

    /** Calls the function: its result, -1 on failure (see {@link Libc#errno()}). */
    long call(Object... args) {
        return Libc.call(handle(), args);
    }

    /** Calls the function and raises the OSError of its errno (naming {@code filename}) when it fails. */
    long check(org.taipan.runtime.PyObject filename, Object... args) {
        long r = call(args);
        if (r == -1) {
            throw Errno.error(Libc.errno(), filename);
        }
        return r;
    }
}
