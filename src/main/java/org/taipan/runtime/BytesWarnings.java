package org.taipan.runtime;

/**
 * {@code -b} / {@code -bb} ({@code sys.flags.bytes_warning}): the BytesWarnings CPython's
 * {@code bytes_richcompare}, {@code bytearray_richcompare}, {@code bytes_str} and
 * {@code bytearray_str} issue (an error under {@code -bb}, whose {@code error::BytesWarning}
 * filter {@code sys.warnoptions} carries). Nothing is checked unless an operation already left
 * the fast path (a bytes compared with a non-bytes, {@code str()} of bytes).
 */
public final class BytesWarnings {
    private BytesWarnings() {}

    private static boolean enabled() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts != null && ts.interpreter.options().startup().bytesWarning() > 0;
    }

    /**
     * Before {@code ==}/{@code !=} of a {@code kind} ("bytes" or "bytearray") with {@code other},
     * which is not bytes-like: warns when {@code other} is a str (or an int, for bytes).
     *
     * @throws PyException BytesWarning under {@code -bb}
     */
    public static void compare(String kind, PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !enabled()) {
            return;
        }
        if (other instanceof PyStr) {
            warn("Comparison between " + kind + " and string");
        } else if (kind.equals("bytes") && other instanceof PyInt) {
            warn("Comparison between bytes and int");
        }
    }

    /**
     * Before {@code str()} of a {@code kind} ("bytes" or "bytearray") instance.
     *
     * @throws PyException BytesWarning under {@code -bb}
     */
    public static void str(String kind) {
        if (enabled()) {
            warn("str() on a " + kind + " instance");
        }
    }

    private static void warn(String message) {
        org.taipan.modules.warnings.Warnings.warn(ExceptionTypes.BytesWarning, message, 1);
    }
}
