package org.taipan.runtime;

/** {@code repr(str)} as CPython's {@code unicode_repr}: quote choice, escapes, printable characters kept. */
public final class StrRepr {
    private StrRepr() {}

    public static String repr(PyStr s) {
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
            int c = s.codePointAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(q).toString();
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
