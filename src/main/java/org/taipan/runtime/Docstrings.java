package org.taipan.runtime;

/**
 * The {@code __doc__} of builtin functions, method descriptors and builtin types: the prose of
 * their docstrings (CPython's {@code tp_doc} and {@code ml_doc} after the signature line that
 * {@code __text_signature__} reports), read from the resource {@code docstrings.txt}. The table
 * is loaded by the first request for a builtin's {@code __doc__}, never at start-up.
 *
 * <p>The format is {@link SectionedTable}'s. In a type's section the name {@code __doc__} is the
 * type's own docstring; a section opened by {@code [type NAME like OTHER]} takes the methods it does not list from type OTHER's section
 * ({@code bytearray} shares most of {@code bytes}'s text). {@code [slots]} gives
 * the docstring of every slot wrapper of one special-method name ({@code __add__}) whose type's
 * section does not list it, as CPython's slot wrappers of one name share their docstring.
 */
public final class Docstrings {
    private Docstrings() {
    }

    /** The table, read on the first request (a holder class), never at start-up. */
    private static final class Table {
        static final SectionedTable T = new SectionedTable("docstrings.txt");
    }

    private static PyObject result(String doc) {
        return doc == null ? PyNone.NONE : PyStr.of(doc);
    }

    /** The docstring of the function {@code name} of module {@code module} ({@code builtins.len}), or None. */
    public static PyObject ofFunction(String module, String name) {
        return result(Table.T.modules.get(module + "." + name));
    }

    /**
     * The docstring of the method {@code name} of the builtin type {@code owner}, or None; a slot
     * wrapper ({@code slotWrapper}) or special method the type's section does not list has the
     * text of {@code [slots]} for its name.
     */
    public static PyObject ofMethod(PyType owner, String name, boolean slotWrapper) {
        String doc = Table.T.types.get(owner.name() + "." + name);
        String like = Table.T.likes.get(owner.name());
        if (doc == null && like != null && !name.equals("__doc__")) {
            doc = Table.T.types.get(like + "." + name);
        }
        if (doc == null && (slotWrapper || name.startsWith("__"))) {
            // Taipan makes some of CPython's slot wrappers plain methods (str.__add__)
            doc = Table.T.slots.get(name);
        }
        return result(doc);
    }

    /**
     * The docstring of the data descriptor {@code name} (a getset or member descriptor, such as
     * {@code complex.real} or {@code FileIO.closed}: CPython's {@code PyGetSetDef.doc} and
     * {@code PyMemberDef.doc}) of the builtin type {@code owner}, or None: a heap type's, and a
     * special name's (the table names the type's own docstring {@code __doc__}), are None.
     */
    public static PyObject ofAttribute(PyType owner, String name) {
        if (owner.isHeapType() || name.startsWith("__")) {
            return PyNone.NONE;
        }
        return result(Table.T.types.get(owner.name() + "." + name));
    }

    /** The docstring of the builtin (not heap) type {@code t}, or None when the table has none. */
    public static PyObject ofType(PyType t) {
        return result(Table.T.types.get(t.name() + ".__doc__"));
    }
}
