package org.taipan.modules.json;

import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyStrBuilder;

/**
 * JSON string literals for a {@code str}: {@code encode_basestring_ascii} (CPython's
 * {@code ascii_escape_unicode}: everything outside printable ASCII as {@code \\uXXXX}, a non-BMP
 * character as its UTF-16 surrogate pair) and {@code encode_basestring} ({@code escape_unicode}:
 * only {@code "}, backslash and the controls below U+0020 escaped). Both use the short escapes
 * {@code \" \\ \b \f \n \r \t} and lowercase hex.
 */
final class StringEscaper {
    private StringEscaper() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends {@code s} quoted; {@code ascii} selects {@code encode_basestring_ascii}. */
    static void append(PyStrBuilder out, PyStr s, boolean ascii) {
        if (s.isSimple()) {
            String text = s.toString();
            int n = text.length();
            int first = 0;
            while (first < n && !needsEscape(text.charAt(first), ascii)) {
                first++;
            }
            if (first == n) {
                out.append("\"").append(text).append("\"");
                return;
            }
            StringBuilder sb = new StringBuilder(n + 8);
            sb.append('"');
            int plain = 0;
            for (int i = first; i < n; i++) {
                char c = text.charAt(i);
                if (!needsEscape(c, ascii)) {
                    continue;
                }
                sb.append(text, plain, i);
                escape(sb, c);
                plain = i + 1;
            }
            sb.append(text, plain, n);
            sb.append('"');
            out.append(sb.toString());
            return;
        }
        // Non-BMP characters or lone surrogates: go by code point.
        StringBuilder sb = new StringBuilder(s.length() + 8);
        sb.append('"');
        int n = s.length();
        if (ascii) {
            for (int i = 0; i < n; i++) {
                int c = s.codePointAt(i);
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                    sb.append((char) c);
                } else if (c >= 0x10000) {
                    escape(sb, Character.highSurrogate(c));
                    escape(sb, Character.lowSurrogate(c));
                } else {
                    escape(sb, (char) c);
                }
            }
            sb.append('"');
            out.append(sb.toString());
            return;
        }
        out.append("\"");
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            if (c >= ' ' && c != '"' && c != '\\') {
                out.appendCodePoint(c);
            } else {
                sb.setLength(0);
                escape(sb, (char) c);
                out.append(sb.toString());
            }
        }
        out.append("\"");
    }

    private static boolean needsEscape(char c, boolean ascii) {
        return c < ' ' || c == '"' || c == '\\' || (ascii && c > '~');
    }

    /** The quoted literal of {@code s} as a new str. */
    static PyStr encode(PyStr s, boolean ascii) {
        PyStrBuilder out = new PyStrBuilder();
        append(out, s, ascii);
        return out.build();
    }

    /** Appends the escape of one UTF-16 unit: a short escape where JSON has one, else {@code \\uXXXX}. */
    private static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '\\' -> sb.append("\\\\");
            case '"' -> sb.append("\\\"");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                    .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
        }
    }
}
