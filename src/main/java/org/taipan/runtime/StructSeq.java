package org.taipan.runtime;

/**
 * A named tuple type made in Java, CPython's struct sequence ({@code Objects/structseq.c}):
 * a tuple whose items are also attributes, shown as {@code module.name(field=value, ...)}.
 * Used for {@code sys.int_info}, {@code sys.float_info} and {@code sys.hash_info}.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A new struct sequence type {@code module.name} with the given fields. */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.builtinFinal(name, PyTuple.TYPE);
        t.tp_repr = o -> {
            PyTuple tup = (PyTuple) o;
            StringBuilder sb = new StringBuilder(module).append('.').append(name).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(tup.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        };
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            t.addAttr(fields[i], new PyGetSetDescr(t, fields[i], o -> ((PyTuple) o).get(index), null));
        }
        t.addAttr("n_fields", PyInt.of(fields.length));
        t.addAttr("n_sequence_fields", PyInt.of(fields.length));
        t.addAttr("__module__", PyStr.of(module));
        t.ready();
        return t;
    }

    /** An instance of {@code type} holding {@code values}, one per field. */
    public static PyObject make(PyType type, PyObject... values) {
        return new PyTuple.Sub(type, values);
    }
}
