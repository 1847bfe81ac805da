package org.taipan.runtime;


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

    /** What the table gives a name it lists without a signature (so no fallback applies). */
    private static final String NONE = "-";

    /** The table, read on the first request (a holder class), never at start-up. */
    private static final class Table {
        static final SectionedTable T = new SectionedTable("text-signatures.txt");
    }

    private static PyObject result(String sig) {
        return sig == null || sig.equals(NONE) ? PyNone.NONE : PyStr.of(sig);
    }

    /** The text signature of the function {@code name} of module {@code module}, or None. */
    public static PyObject ofFunction(String module, String name) {
        return result(Table.T.modules.get(module + "." + name));
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
        String sig = Table.T.types.get(owner.name() + "." + name);
        if (sig == null && (slotWrapper || name.equals("__new__"))) {
            sig = Table.T.slots.get(name);
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
            return result(Table.T.types.get(t.name() + ".__text_signature__"));
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
