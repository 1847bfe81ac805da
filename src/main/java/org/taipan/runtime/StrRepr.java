package org.taipan.runtime;

/** {@code repr(str)} as CPython's {@code unicode_repr}: quote choice, escapes, printable characters kept. */
public final class StrRepr {
    private StrRepr() {}

    /**
     * {@code repr(s)} as CPython's {@code unicode_repr}: single quotes unless the text has a
     * single quote and no double quote; backslash escapes for the quote, backslash, tab, newline,
     * carriage return, and hexadecimal escapes of two, four or eight digits (by the code point's
     * size) for the characters {@link #isPrintable} refuses.
     */
    public static String repr(PyStr s) {
        if (s.isSimple()) {
            return reprChars(s.toString());
        }
        int n = s.length();
        boolean hasSingle = false, hasDouble = false;
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            if (c == '\'') {
                hasSingle = true;
            } else if (c == '"') {
                hasDouble = true;
            }
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(q);
        for (int i = 0; i < n; i++) {
            appendEscaped(sb, s.codePointAt(i), q);
        }
        return sb.append(q).toString();
    }

    /** {@link #repr} of a simple str's Java string, whose chars are its code points. */
    private static String reprChars(String v) {
        int n = v.length();
        char q = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(q);
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != q && c != '\\') {
                sb.append(c);
            } else {
                appendEscaped(sb, c, q);
            }
        }
        return sb.append(q).toString();
    }

    private static void appendEscaped(StringBuilder sb, int c, char q) {
        if (c == q || c == '\\') {
            sb.append('\\').appendCodePoint(c);
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c < 0x20 || c == 0x7f) {
            appendHex(sb, 'x', c, 2);
        } else if (c < 0x7f) {
            sb.append((char) c);
        } else if (isPrintable(c)) {
            sb.appendCodePoint(c);
        } else if (c < 0x100) {
            appendHex(sb, 'x', c, 2);
        } else if (c < 0x10000) {
            appendHex(sb, 'u', c, 4);
        } else {
            appendHex(sb, 'U', c, 8);
        }
    }

    /** Appends a backslash, {@code kind}, and {@code c} as {@code digits} lower-case hex digits. */
    private static void appendHex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit(c >> shift & 0xF, 16));
        }
    }

    /** Python's {@code str.isprintable} for one character: not Other (C*) nor Separator (Z*) except space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        int t = Unicode14.type(c);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
