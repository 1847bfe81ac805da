package org.taipan.modules.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * What the module reads from SQL text before SQLite sees it, where sqlite-jdbc offers no call
 * for it: where the first statement ends (the tail of {@code sqlite3_prepare_v2}, for
 * "You can only execute one statement at a time." and {@code executescript}), its leading
 * keyword (CPython 3.11's {@code is_dml} test in {@code statement.c}) and the names of its
 * parameters by index ({@code sqlite3_bind_parameter_name}). The lexer knows SQLite's string,
 * quoted-identifier and comment forms, and the rule of {@code sqlite3_complete} that a
 * {@code CREATE TRIGGER} ends only at {@code ; END ;}.
 */
final class SqlText {
    private SqlText() {}

    /** The index of the first character after white space and comments from {@code i}. */
    static int skipSpace(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int e = s.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int e = s.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether {@code s} from {@code i} holds nothing but white space, comments and semicolons. */
    static boolean isBlank(String s, int i) {
        while (true) {
            i = skipSpace(s, i);
            if (i < s.length() && s.charAt(i) == ';') {
                i++;
            } else {
                return i >= s.length();
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }

    /** The upper-cased word at {@code i} (after white space and comments), "" if none. */
    static String keywordAt(String s, int i) {
        i = skipSpace(s, i);
        int j = i;
        while (j < s.length() && isWordChar(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j).toUpperCase(java.util.Locale.ROOT);
    }

    /** CPython 3.11's {@code is_dml}: the statement starts with INSERT, UPDATE, DELETE or REPLACE. */
    static boolean isDml(String keyword) {
        return switch (keyword) {
            case "INSERT", "UPDATE", "DELETE", "REPLACE" -> true;
            default -> false;
        };
    }

    /** The end of a quoted token that starts at {@code i} with {@code q} (a doubled closer stays inside). */
    private static int skipQuoted(String s, int i, char close) {
        int n = s.length();
        i++;
        while (i < n) {
            if (s.charAt(i) == close) {
                if (close != ']' && i + 1 < n && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    /**
     * The end of the first statement of {@code s}, just after its semicolon (or the length of
     * {@code s}), scanning from {@code start}.
     */
    static int statementEnd(String s, int start) {
        int end = terminator(s, start);
        return end < 0 ? s.length() : end;
    }

    /**
     * Just after the semicolon that ends the first statement of {@code s} from {@code start},
     * or -1 when the text ends first (inside the statement, a string or a comment).
     */
    static int terminator(String s, int start) {
        int n = s.length();
        boolean trigger = false;
        // The last two significant tokens, for a trigger's ";END;": 0 other, 1 semicolon, 2 END.
        int prev = 0, prev2 = 0;
        int words = 0;
        String first = null;
        int i = start;
        while (i < n) {
            i = skipSpace(s, i);
            if (i >= n) {
                break;
            }
            char c = s.charAt(i);
            int tok;
            if (c == ';') {
                if (!trigger || (prev == 2 && prev2 == 1)) {
                    return i + 1;
                }
                i++;
                tok = 1;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(s, i, c);
                tok = 0;
            } else if (c == '[') {
                i = skipQuoted(s, i, ']');
                tok = 0;
            } else if (isWordChar(c)) {
                int j = i;
                while (j < n && isWordChar(s.charAt(j))) {
                    j++;
                }
                String w = s.substring(i, j).toUpperCase(java.util.Locale.ROOT);
                i = j;
                words++;
                if (words == 1) {
                    first = w;
                } else if (words <= 3 && "CREATE".equals(first) && "TRIGGER".equals(w)) {
                    trigger = true;
                }
                tok = "END".equals(w) ? 2 : 0;
            } else {
                i++;
                tok = 0;
            }
            prev2 = prev;
            prev = tok;
        }
        return -1;
    }

    /**
     * The parameter names of the statement {@code s} by index ({@code names.get(0)} is
     * parameter 1), as {@code sqlite3_bind_parameter_name} gives them: {@code ":a"},
     * {@code "@a"}, {@code "$a"} or {@code "?3"}, and null for a bare {@code ?}.
     */
    static List<String> parameterNames(String s) {
        List<String> names = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            i = skipSpace(s, i);
            if (i >= n) {
                break;
            }
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(s, i, c);
            } else if (c == '[') {
                i = skipQuoted(s, i, ']');
            } else if (c == '?') {
                int j = i + 1;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    names.add(null);
                } else {
                    int at = Integer.parseInt(s.substring(i + 1, j));
                    while (names.size() < at) {
                        names.add(null);
                    }
                    if (names.get(at - 1) == null) {
                        names.set(at - 1, s.substring(i, j));
                    }
                }
                i = j;
            } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isWordChar(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && isWordChar(s.charAt(j))) {
                    j++;
                }
                String name = s.substring(i, j);
                if (!names.contains(name)) {
                    names.add(name);
                }
                i = j;
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return names;
    }
}
