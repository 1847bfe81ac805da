package org.taipan.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A table of strings about builtins, read from a resource of this package in the format that
 * {@code text-signatures.txt} ({@link TextSignatures}) and {@code docstrings.txt}
 * ({@link Docstrings}) share: a line {@code [module NAME]}, {@code [type NAME]} or {@code [slots]}
 * opens a section; each following line is {@code NAME TEXT}, the name ending at the first space or
 * tab, with newlines in the text written as {@code \n} and backslashes as {@code \\}; a line starting
 * with {@code #} is a comment. A section {@code [type NAME like OTHER]} records that type NAME
 * shares OTHER's entries it does not list ({@link #likes}).
 */
final class SectionedTable {
    /** Module sections: {@code MODULE.NAME} to text. */
    final Map<String, String> modules = new HashMap<>();
    /** Type sections: {@code TYPE.NAME} to text. */
    final Map<String, String> types = new HashMap<>();
    /** The {@code [slots]} section: special-method name to text. */
    final Map<String, String> slots = new HashMap<>();
    /** From {@code [type NAME like OTHER]} headers: NAME to OTHER. */
    final Map<String, String> likes = new HashMap<>();

    /**
     * Reads resource {@code name} of this package.
     *
     * @throws IllegalStateException when the resource is missing (a broken build)
     * @throws UncheckedIOException when it cannot be read
     */
    SectionedTable(String name) {
        try (InputStream in = SectionedTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> section = null;
            String prefix = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("[module ")) {
                    section = modules;
                    prefix = line.substring(8, line.length() - 1) + ".";
                } else if (line.startsWith("[type ")) {
                    section = types;
                    String title = line.substring(6, line.length() - 1);
                    int like = title.indexOf(" like ");
                    if (like > 0) {
                        likes.put(title.substring(0, like), title.substring(like + 6));
                        title = title.substring(0, like);
                    }
                    prefix = title + ".";
                } else if (line.equals("[slots]")) {
                    section = slots;
                    prefix = "";
                } else if (!line.isEmpty() && !line.startsWith("#") && section != null) {
                    int end = nameEnd(line);
                    if (end > 0) {
                        section.put(prefix + line.substring(0, end), unescape(line.substring(end + 1).strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a line's name ends: at its first space or tab, or -1. */
    private static int nameEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ' || line.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
