package org.taipan.modules.json;

import org.taipan.runtime.PyStr;

/**
 * The document a JSON scan reads: a {@code str} viewed by code point index. A string without
 * surrogates or non-BMP characters (the usual case) is read through a copy of its chars, whose
 * indexes are then code point indexes; any other string through its code point array. Positions
 * everywhere in the decoder are code point indexes, as CPython reports them.
 *
 * <p>Why a char array and not the Java {@code String}: a String's chars are stored one byte each
 * (Latin-1) or two (UTF-16), and C2 specializes the scanning loops for the form it saw while
 * profiling. The first document with a character above U+00FF (json_stdlib's
 * {@code ensure_ascii=False} round) then trapped the compiled scanner and number reader
 * ({@code profile_predicate}), and C2 compiled {@code Decoding.number} four times per run and
 * {@code StringScanner.scan} twice. A char array reads the same either way; the copy costs one
 * pass over the document per {@code loads}.
 */
final class JsonText {
    /** The str being scanned, exactly as the caller passed it (errors carry it as {@code doc}). */
    final PyStr doc;
    /** The chars when {@code doc} is simple, else null. */
    private final char[] chars;
    /** The code points when {@code doc} is not simple, else null. */
    private final int[] cps;
    /** {@code len(doc)}. */
    final int length;

    JsonText(PyStr doc) {
        this.doc = doc;
        if (doc.isSimple()) {
            chars = doc.toString().toCharArray();
            cps = null;
        } else {
            chars = null;
            cps = doc.codePoints();
        }
        length = doc.length();
    }

    /** The code point at {@code i} ({@code 0 <= i < length}). */
    int at(int i) {
        return cps == null ? chars[i] : cps[i];
    }

    /** Whether the text is read by char (char index = code point index, no surrogates). */
    boolean simple() {
        return cps == null;
    }

    /** The code points {@code [start, end)} as a new str. */
    PyStr substring(int start, int end) {
        if (cps == null) {
            return PyStr.simple(new String(chars, start, end - start));
        }
        return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(cps, start, end));
    }

    /** The characters {@code [start, end)}, all ASCII (a number's text), as a Java string. */
    String ascii(int start, int end) {
        if (cps == null) {
            return new String(chars, start, end - start);
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
            out.append(new String(chars, start, end - start));
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
