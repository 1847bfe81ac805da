package org.taipan.repl;

import java.util.Set;

/**
 * The indentation a continuation line starts with at the terminal (CPython's own prompt has
 * none; this follows IPython): the previous line's, one level (four spaces) deeper after a line
 * ending with {@code :}, one level shallower after {@code return}, {@code pass},
 * {@code break}, {@code continue} or {@code raise}. An empty line still ends a block: the
 * pre-filled blanks count as empty.
 */
final class AutoIndent {
    static final String LEVEL = "    ";

    private static final Set<String> BLOCK_ENDERS = Set.of("return", "pass", "break", "continue", "raise");

    private AutoIndent() {}

    /** The indentation for the line after {@code previous}. */
    static String after(String previous) {
        int n = 0;
        while (n < previous.length() && (previous.charAt(n) == ' ' || previous.charAt(n) == '\t')) {
            n++;
        }
        String indent = previous.substring(0, n);
        String code = withoutComment(previous).strip();
        if (code.endsWith(":")) {
            return indent + LEVEL;
        }
        String first = code.split("[\\s(;]", 2)[0];
        if (BLOCK_ENDERS.contains(first) && !code.contains(";")) {
            return indent.length() >= LEVEL.length() ? indent.substring(LEVEL.length()) : "";
        }
        return indent;
    }

    /** The line without a trailing {@code #} comment (a {@code #} inside quotes is kept). */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
