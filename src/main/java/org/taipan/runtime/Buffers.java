package org.taipan.runtime;

/**
 * The buffer protocol as the bytes types use it: the contents of a bytes-like object
 * ({@code bytes}, {@code bytearray}, {@code memoryview}) with CPython's TypeError for
 * anything else ({@code PyObject_GetBuffer}).
 */
public final class Buffers {
    private Buffers() {}

    /**
     * The bytes of a bytes-like object, or null for any other object. For {@code bytes} this is
     * its own array (never modify it); for the others a copy. A released memoryview raises
     * ValueError.
     */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toBytes();
        }
        return null;
    }

    /** {@link #bytesOrNull}, or TypeError "a bytes-like object is required, not 'str'". */
    public static byte[] require(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    /** Whether {@code o} supports the buffer protocol. */
    public static boolean isBuffer(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }
}
