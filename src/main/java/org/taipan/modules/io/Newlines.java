package org.taipan.modules.io;

/**
 * The line-ending bookkeeping of universal newlines, shared by {@code TextIOWrapper}'s decoder
 * ({@link StreamDecoder}) and {@code IncrementalNewlineDecoder}: which endings a decoded text
 * contains (the bits behind the {@code newlines} attribute) and their translation to
 * {@code "\n"}, as CPython's {@code _PyIncrementalNewlineDecoder_decode}.
 */
final class Newlines {
    private Newlines() {}

    /** The bits of {@link #kinds}: CPython's {@code SEEN_CR}, {@code SEEN_LF}, {@code SEEN_CRLF}. */
    static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

    /** Which line endings {@code s} contains; a {@code "\r\n"} counts as CRLF only. */
    static int kinds(String s) {
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            } else if (c == '\n') {
                seen |= SEEN_LF;
            }
        }
        return seen;
    }

    /**
     * {@code s} with every {@code "\r\n"} and lone {@code "\r"} turned into {@code "\n"}, code
     * point by code point: a lone surrogate stays one character.
     */
    static org.taipan.runtime.PyStr translate(org.taipan.runtime.PyStr s) {
        if (s.isSimple()) {
            String t = s.toString();
            String r = translate(t);
            return r == t ? s : org.taipan.runtime.PyStr.simple(r);
        }
        int[] cps = s.codePoints();
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
            }
            cps[n++] = c;
        }
        return org.taipan.runtime.PyStr.ofCodePoints(java.util.Arrays.copyOf(cps, n));
    }

    /** {@code s} with every {@code "\r\n"} and lone {@code "\r"} turned into {@code "\n"}. */
    static String translate(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
