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
 * The {@code __text_signature__} of builtin functions, methods and types: what CPython's
 * {@code _PyType_GetTextSignatureFromInternalDoc} finds at the start of a builtin's docstring
 * (the {@code "($module, obj, /)"} line Argument Clinic writes), which {@code inspect.signature}
 * parses. Taipan's builtins declare no parameter names in Java, so the signatures are a table,
 * {@code text-signatures.txt} (written by {@code tools/gen-text-signatures.py} from CPython
 * 3.11): by module for module-level functions, by type for methods and the types themselves,
 * and by special-method name for the slot wrappers of types the table does not list.
 */
public final class TextSignatures {
    private TextSignatures() {
    }

    /** Marks a name the table lists without a signature (so no fallback applies). */
    private static final String NONE = new String("-");

    private static final class Table {
        static final Map<String, String> MODULES = new HashMap<>();
        static final Map<String, String> TYPES = new HashMap<>();
        static final Map<String, String> SLOTS = new HashMap<>();

        static {
            try (InputStream in = TextSignatures.class.getResourceAsStream("text-signatures.txt")) {
                if (in == null) {
                    throw new IllegalStateException("text-signatures.txt is missing");
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
                        prefix = line.substring(6, line.length() - 1) + ".";
                    } else if (line.equals("[slots]")) {
                        section = SLOTS;
                        prefix = "";
                    } else if (!line.isEmpty() && section != null) {
                        int tab = line.indexOf('\t');
                        String sig = line.substring(tab + 1);
                        section.put(prefix + line.substring(0, tab), sig.equals("-") ? NONE : unescape(sig));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    private static PyObject result(String sig) {
        return sig == null || sig == NONE ? PyNone.NONE : PyStr.of(sig);
    }

    /** The text signature of the function {@code name} of module {@code module}, or None. */
    public static PyObject ofFunction(String module, String name) {
        return result(Table.MODULES.get(module + "." + name));
    }

    /**
     * A function's signature without its leading {@code $module} parameter (and the {@code /}
     * that would be left first): {@code "($module, x, /)"} becomes {@code "(x, /)"},
     * {@code "($module, /, *args)"} becomes {@code "(*args)"}.
     */
    static String withoutModule(String sig) {
        if (!sig.startsWith("($module")) {
            return sig;
        }
        String rest = sig.substring(8).stripLeading();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).stripLeading();
        }
        if (rest.startsWith("/")) {
            rest = rest.substring(1).stripLeading();
            if (rest.startsWith(",")) {
                rest = rest.substring(1).stripLeading();
            }
        }
        return "(" + rest;
    }

    /**
     * The text signature of the method {@code name} of the builtin type {@code owner}, or None;
     * a slot wrapper ({@code slotWrapper}) of a type the table does not list has its special
     * method's signature, as every CPython slot wrapper of one name shares its docstring.
     */
    public static PyObject ofMethod(PyType owner, String name, boolean slotWrapper) {
        String sig = Table.TYPES.get(owner.name() + "." + name);
        if (sig == null && (slotWrapper || name.equals("__new__"))) {
            sig = Table.SLOTS.get(name);
        }
        return result(sig);
    }

    /**
     * {@code type.__text_signature__} ({@code type_get_text_signature}): a builtin type's from the
     * table; a class's from its docstring when that starts with the class's name and a
     * parenthesised signature ended by {@code "\n--\n\n"}, as CPython's {@code find_signature} and
     * {@code skip_signature} read {@code tp_doc}.
     */
    public static PyObject ofType(PyType t) {
        if (!t.isHeapType()) {
            return result(Table.TYPES.get(t.name() + ".__text_signature__"));
        }
        PyObject doc = t.dict().getItem(PyStr.of("__doc__"));
        if (!(doc instanceof PyStr ds)) {
            return PyNone.NONE;
        }
        String d = ds.toString();
        String name = t.shortName();
        if (!d.startsWith(name) || d.length() <= name.length() || d.charAt(name.length()) != '(') {
            return PyNone.NONE;
        }
        int end = d.indexOf(")\n--\n\n", name.length());
        int blank = d.indexOf("\n\n", name.length());
        if (end < 0 || blank >= 0 && blank < end + 1) {
            return PyNone.NONE;
        }
        return PyStr.of(d.substring(name.length(), end + 1));
    }
}
