package org.taipan.modules.json;

import org.taipan.runtime.PyStr;

/**
 * The document a JSON scan reads: a {@code str} viewed by code point index. A string without
 * surrogates or non-BMP characters (the usual case) is read through its Java {@code String},
 * whose char indexes are then code point indexes; any other string through its code point
 * array. Positions everywhere in the decoder are code point indexes, as CPython reports them.
 */
final class JsonText {
    /** The str being scanned, exactly as the caller passed it (errors carry it as {@code doc}). */
    final PyStr doc;
    /** The Java text when {@code doc} is simple, else null. */
    private final String chars;
    /** The code points when {@code doc} is not simple, else null. */
    private final int[] cps;
    /** {@code len(doc)}. */
    final int length;

    JsonText(PyStr doc) {
        this.doc = doc;
        if (doc.isSimple()) {
            chars = doc.toString();
            cps = null;
        } else {
            chars = null;
            cps = doc.codePoints();
        }
        length = doc.length();
    }

    /** The code point at {@code i} ({@code 0 <= i < length}). */
    int at(int i) {
        return cps == null ? chars.charAt(i) : cps[i];
    }

    /** Whether the text is read as a Java string (char index = code point index, no surrogates). */
    boolean simple() {
        return cps == null;
    }

    /** The code points {@code [start, end)} as a new str. */
    PyStr substring(int start, int end) {
        if (cps == null) {
            return PyStr.of(chars.substring(start, end));
        }
        return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(cps, start, end));
    }

    /** The characters {@code [start, end)}, all ASCII (a number's text), as a Java string. */
    String ascii(int start, int end) {
        if (cps == null) {
            return chars.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            sb.append((char) cps[i]);
        }
        return sb.toString();
    }

    /** Appends the code points {@code [start, end)} to {@code out}. */
    void appendTo(org.taipan.runtime.PyStrBuilder out, int start, int end) {
        if (cps == null) {
            out.append(chars.substring(start, end));
        } else {
            for (int i = start; i < end; i++) {
                out.appendCodePoint(cps[i]);
            }
        }
    }

    /** Whether {@code c} is JSON whitespace (space, tab, newline, carriage return). */
    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The first index at or after {@code i} that is not whitespace (may be {@code length}). */
    int skipWhitespace(int i) {
        while (i < length && isWhitespace(at(i))) {
            i++;
        }
        return i;
    }
}
