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
 * The {@code __doc__} of builtin functions, method descriptors and builtin types: the prose of
 * their docstrings (CPython's {@code tp_doc} and {@code ml_doc} after the signature line that
 * {@code __text_signature__} reports), read from the resource {@code docstrings.txt}. The table
 * is loaded by the first request for a builtin's {@code __doc__}, never at start-up.
 *
 * <p>Format (like {@code text-signatures.txt}): a line {@code [module NAME]}, {@code [type NAME]}
 * or {@code [slots]} opens a section; each following line is {@code NAME TEXT} (a space or tab
 * after the name) with newlines written as {@code \n} and backslashes as {@code \\}; lines
 * starting with {@code #} are comments.
 * In a type's section the name {@code __doc__} is the type's own docstring; a section opened by
 * {@code [type NAME like OTHER]} takes the methods it does not list from type OTHER's section
 * ({@code bytearray} shares most of {@code bytes}'s text). {@code [slots]} gives
 * the docstring of every slot wrapper of one special-method name ({@code __add__}) whose type's
 * section does not list it, as CPython's slot wrappers of one name share their docstring.
 */
public final class Docstrings {
    private Docstrings() {
    }

    private static final class Table {
        static final Map<String, String> MODULES = new HashMap<>();
        static final Map<String, String> TYPES = new HashMap<>();
        static final Map<String, String> SLOTS = new HashMap<>();
        /** For a section {@code [type NAME like OTHER]}: NAME to OTHER. */
        static final Map<String, String> LIKE = new HashMap<>();

        static {
            try (InputStream in = Docstrings.class.getResourceAsStream("docstrings.txt")) {
                if (in == null) {
                    throw new IllegalStateException("docstrings.txt is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> section = null;
                String prefix = "";
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("[module ")) {
                        section = MODULES;
                        prefix = line.substring(8, line.length() - 1) + ".";
                    } else if (line.startsWith("[type ")) {
                        section = TYPES;
                        String title = line.substring(6, line.length() - 1);
                        int like = title.indexOf(" like ");
                        if (like > 0) {
                            LIKE.put(title.substring(0, like), title.substring(like + 6));
                            title = title.substring(0, like);
                        }
                        prefix = title + ".";
                    } else if (line.equals("[slots]")) {
                        section = SLOTS;
                        prefix = "";
                    } else if (!line.isEmpty() && !line.startsWith("#") && section != null) {
                        int tab = nameEnd(line);
                        if (tab > 0) {
                            section.put(prefix + line.substring(0, tab), unescape(line.substring(tab + 1).strip()));
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

    private static PyObject result(String doc) {
        return doc == null ? PyNone.NONE : PyStr.of(doc);
    }

    /** The docstring of the function {@code name} of module {@code module} ({@code builtins.len}), or None. */
    public static PyObject ofFunction(String module, String name) {
        return result(Table.MODULES.get(module + "." + name));
    }

    /**
     * The docstring of the method {@code name} of the builtin type {@code owner}, or None; a slot
     * wrapper ({@code slotWrapper}) or special method the type's section does not list has the
     * text of {@code [slots]} for its name.
     */
    public static PyObject ofMethod(PyType owner, String name, boolean slotWrapper) {
        String doc = Table.TYPES.get(owner.name() + "." + name);
        String like = Table.LIKE.get(owner.name());
        if (doc == null && like != null && !name.equals("__doc__")) {
            doc = Table.TYPES.get(like + "." + name);
        }
        if (doc == null && (slotWrapper || name.startsWith("__"))) {
            // Taipan makes some of CPython's slot wrappers plain methods (str.__add__)
            doc = Table.SLOTS.get(name);
        }
        return result(doc);
    }

    /** The docstring of the builtin (not heap) type {@code t}, or None when the table has none. */
    public static PyObject ofType(PyType t) {
        return result(Table.TYPES.get(t.name() + ".__doc__"));
    }
}
