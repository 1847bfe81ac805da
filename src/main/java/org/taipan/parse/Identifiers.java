package org.taipan.parse;

/**
 * Character classes of the tokenizer: PEP 3131 identifier characters (Unicode
 * {@code XID_Start} / {@code XID_Continue}, as CPython's {@code _PyUnicode_ScanIdentifier}) and
 * {@code str.isprintable()} (as CPython's {@code Py_UNICODE_ISPRINTABLE}), built on
 * {@link Character}. Java's Unicode is newer than CPython 3.11's (14.0): characters assigned
 * since then are letters here but invalid in CPython; every character assigned in 14.0 agrees.
 */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Java's identifier predicates are {@code ID_Start} / {@code ID_Continue}; these few
     * characters are in those but not in the NFKC-closed {@code XID_} sets (DerivedCoreProperties).
     */
    private static boolean notXidStart(int c) {
        // U+2E2F is Pattern_Syntax, excluded from identifiers although Java lets it start one
        return c == 0x2E2F || c == 0x037A || c == 0x0E33 || c == 0x0EB3 || c == 0x309B || c == 0x309C
                || (c >= 0xFC5E && c <= 0xFC63) || c == 0xFDFA || c == 0xFDFB
                || (c >= 0xFE70 && c <= 0xFE7E && (c & 1) == 0) || c == 0xFF9E || c == 0xFF9F;
    }

    private static boolean notXidContinue(int c) {
        // the two katakana middle dots joined XID_Continue in Unicode 15.1; CPython 3.11 has 14.0
        return c == 0x2E2F || c == 0x30FB || c == 0xFF65 || c == 0x037A || c == 0x309B || c == 0x309C || (c >= 0xFC5E && c <= 0xFC63) || c == 0xFDFA
                || c == 0xFDFB || (c >= 0xFE70 && c <= 0xFE7E && (c & 1) == 0);
    }

    /** True if {@code c} may start an identifier ({@code XID_Start}; '_' is checked by the caller). */
    public static boolean isXidStart(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(c) && !notXidStart(c);
    }

    /** True if {@code c} may continue an identifier ({@code XID_Continue}). */
    public static boolean isXidContinue(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && !notXidContinue(c);
    }

    /** Python's {@code str.isprintable()} for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
