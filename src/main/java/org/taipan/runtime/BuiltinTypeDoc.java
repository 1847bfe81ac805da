package org.taipan.runtime;

/**
 * What a builtin type's dict holds under {@code __doc__} until someone reads it: a non-data
 * descriptor that answers with the type's docstring from {@link Docstrings}, so that the table is
 * loaded on the first request and not while the builtin types are made at start-up. Read through
 * the class ({@code list.__doc__}, see {@code TypeSlots}) or an instance ({@code [].__doc__}) it
 * gives the docstring's str, or None for a type the table does not describe.
 */
final class BuiltinTypeDoc extends PyObject {
    /** Made on first use (only when a docstring is read), so the bootstrap of the type system never needs it. */
    private static final class Holder {
        static final PyType TYPE = PyType.builtinFinal("builtin_type_doc", PyType.OBJECT);

        static {
            TYPE.tp_descr_get = (d, obj, type) -> ((BuiltinTypeDoc) d).doc();
            TYPE.ready();
        }
    }

    /** The type whose docstring this stands for. */
    private final PyType owner;

    BuiltinTypeDoc(PyType owner) {
        this.owner = owner;
    }

    /** The owner's docstring: a str, or None. */
    PyObject doc() {
        return Docstrings.ofType(owner);
    }

    @Override
    public PyType type() {
        return Holder.TYPE;
    }
}
