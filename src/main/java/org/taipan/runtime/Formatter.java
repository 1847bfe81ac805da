package org.taipan.runtime;

/**
 * Small text-formatting helpers shared by several types: {@code ascii()} escaping and the
 * entry point of printf-style {@code %} formatting ({@link PercentFormat}). The format-spec
 * mini-language is in {@link NumberFormat} (numbers) and {@link StrFormat}.
 */
public final class Formatter {
    private Formatter() {}

    /** {@code ascii()}: non-ASCII characters of a repr escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    // ---------------------------------------------------------------- printf-style

    /** {@code fmt % args} for str, as Java text (see {@link PercentFormat}; used by bytes formatting). */
    public static String percent(PyStr fmtStr, PyObject argsObj) {
        return PercentFormat.format(fmtStr, argsObj).toString();
    }
}
