package org.taipan.parse;

import java.io.ByteArrayOutputStream;

/**
 * Backslash escapes of str and bytes literals, as CPython's {@code _PyUnicode_DecodeUnicodeEscapeInternal}
 * (reached through {@code decode_unicode_with_escapes} in {@code Parser/string_parser.c}) and
 * {@code _PyBytes_DecodeEscape}. Invalid escapes such as {@code \d} keep their backslash; the
 * first one of a literal (or an octal escape above {@code \377}) is reported to the caller, which
 * issues CPython's {@code DeprecationWarning} ({@code warn_invalid_escape_sequence}).
 */
final class StringDecoder {
    private StringDecoder() {}

    /** A decoding error; the caller turns it into a SyntaxError at CPython's location. */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decodes the escapes of a non-raw str literal body. Error messages carry CPython's positions,
     * which count bytes of the buffer CPython decodes: an ASCII character is one byte, a
     * non-ASCII character ten (CPython rewrites it as {@code \UXXXXXXXX}).
     *
     * @throws DecodeError with a message such as
     *         {@code (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape}
     */
    static Object decodeStr(String body) throws DecodeError {
        return decodeStr(body, 0, 0, new String[1]);
    }

    /**
     * As {@link #decodeStr(String)}; {@code invalid[0]} receives the warning message for the first
     * invalid escape ({@code invalid escape sequence '\d'}, {@code invalid octal escape sequence
     * '\777'}) when there is one and it is still null.
     */
    static Object decodeStr(String body, String[] invalid) throws DecodeError {
        return decodeStr(body, 0, 0, invalid);
    }

    private static void invalidEscape(String[] invalid, String body, int at) {
        if (invalid[0] == null) {
            char c = body.charAt(at);
            invalid[0] = c >= '4' && c <= '7'
                    ? "invalid octal escape sequence '\\" + body.substring(at, Math.min(at + 3, body.length())) + "'"
                    : "invalid escape sequence '\\" + c + "'";
        }
    }

    /**
     * Decodes {@code body} from char index {@code i} (CPython buffer position {@code bpos}).
     * The result is a String, or the code points ({@code int[]}) when an escaped lone high
     * surrogate is directly followed by an escaped lone low surrogate: a Java String would read
     * those two characters as one.
     */
    private static Object decodeStr(String body, int i, int bpos, String[] invalid) throws DecodeError {
        StringBuilder out = new StringBuilder(body.length() - i);
        int len = body.length();
        while (i < len) {
            int c = body.codePointAt(i);
            if (c != '\\') {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                bpos += c < 128 ? 1 : 10;
                continue;
            }
            int escStart = bpos;
            i++;
            bpos++;
            if (i >= len) {
                out.append('\\');
                break;
            }
            int c2 = body.codePointAt(i);
            if (c2 >= 128) {
                // CPython turns "\" before a non-ASCII character into "\u005c": a plain backslash.
                out.append('\\');
                bpos += 5;
                continue;
            }
            i++;
            bpos++;
            switch (c2) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append((char) c2);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c2 - '0';
                    for (int k = 0; k < 2 && i < len && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i) - '0');
                        i++;
                        bpos++;
                    }
                    if (v > 0377) {
                        invalidEscape(invalid, body, i - 3);
                    }
                    out.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = c2 == 'x' ? 2 : c2 == 'u' ? 4 : 8;
                    String what = c2 == 'x' ? "truncated \\xXX escape"
                            : c2 == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    for (int k = 0; k < count; k++) {
                        if (i >= len) {
                            throw unicodeError(escStart, bpos, what);
                        }
                        int d = Character.digit(body.charAt(i), 16);
                        if (d < 0 || body.charAt(i) >= 128) {
                            throw unicodeError(escStart, bpos, what);
                        }
                        v = v * 16 + d;
                        i++;
                        bpos++;
                    }
                    if (v > Character.MAX_CODE_POINT) {
                        throw unicodeError(escStart, bpos, "illegal Unicode character");
                    }
                    if (Character.isLowSurrogate((char) v) && v <= 0xFFFF && !out.isEmpty()
                            && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                        return joinCodePoints(out.toString(), (int) v, decodeStr(body, i, bpos, invalid));
                    }
                    out.appendCodePoint((int) v);
                }
                case 'N' -> {
                    String malformed = "malformed \\N character escape";
                    if (i >= len || body.charAt(i) != '{') {
                        throw unicodeError(escStart, bpos, malformed);
                    }
                    int close = body.indexOf('}', i + 1);
                    if (close < 0) {
                        throw unicodeError(escStart, bpos + bufferLength(body, i, len), malformed);
                    }
                    String name = body.substring(i + 1, close);
                    if (name.isEmpty()) {
                        throw unicodeError(escStart, bpos + 1, malformed);
                    }
                    int endPos = bpos + bufferLength(body, i, close + 1);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw unicodeError(escStart, endPos, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                    bpos = endPos;
                }
                default -> {
                    invalidEscape(invalid, body, i - 1);
                    out.append('\\').append((char) c2);
                }
            }
        }
        return out.toString();
    }

    /** The code points of {@code head}, then {@code middle}, then those of {@code tail} (a String or int[]). */
    private static int[] joinCodePoints(String head, int middle, Object tail) {
        int[] a = head.codePoints().toArray();
        int[] c = tail instanceof int[] t ? t : ((String) tail).codePoints().toArray();
        int[] r = new int[a.length + 1 + c.length];
        System.arraycopy(a, 0, r, 0, a.length);
        r[a.length] = middle;
        System.arraycopy(c, 0, r, a.length + 1, c.length);
        return r;
    }

    /** Bytes that {@code body[from, to)} takes in CPython's rewritten buffer (see {@link #decodeStr}). */
    private static int bufferLength(String body, int from, int to) {
        int n = 0;
        for (int k = from; k < to; ) {
            int cp = body.codePointAt(k);
            n += cp < 128 ? 1 : 10;
            k += Character.charCount(cp);
        }
        return n;
    }

    private static DecodeError unicodeError(int start, int end, String what) {
        String where = end - start > 1 ? "bytes in position " + start + "-" + (end - 1) : "byte in position " + start;
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + what);
    }

    /**
     * Decodes a bytes literal body (already checked to be ASCII).
     *
     * @throws DecodeError {@code (value error) invalid \x escape at position N}
     */
    static byte[] decodeBytes(String body, boolean raw) throws DecodeError {
        return decodeBytes(body, raw, new String[1]);
    }

    /** As {@link #decodeBytes(String, boolean)}, reporting the first invalid escape as {@link #decodeStr(String, String[])}. */
    static byte[] decodeBytes(String body, boolean raw, String[] invalid) throws DecodeError {
        int len = body.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        if (raw) {
            for (int i = 0; i < len; i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        int i = 0;
        while (i < len) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= len) {
                out.write(c);
                continue;
            }
            char c2 = body.charAt(i++);
            switch (c2) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(c2);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c2 - '0';
                    for (int k = 0; k < 2 && i < len && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                    }
                    if (v > 0377) {
                        invalidEscape(invalid, body, i - 3);
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < len ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < len ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    invalidEscape(invalid, body, i - 1);
                    out.write('\\');
                    i--; // the character after the backslash is an ordinary one
                }
            }
        }
        return out.toByteArray();
    }
}
