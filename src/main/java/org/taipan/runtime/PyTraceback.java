package org.taipan.runtime;

/**
 * A traceback entry ({@code types.TracebackType}): the frame, the instruction that was running
 * in it and its line, and the next entry towards where the exception was raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("traceback", PyType.OBJECT);

    static {
        TYPE.addAttr("tb_next", new PyGetSetDescr(TYPE, "tb_next", o -> orNone(((PyTraceback) o).next),
                PyTraceback::setNext));
        TYPE.addAttr("tb_frame", new PyGetSetDescr(TYPE, "tb_frame", o -> ((PyTraceback) o).frame, null));
        TYPE.addAttr("tb_lasti", new PyGetSetDescr(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti * 2L), null));
        TYPE.addAttr("tb_lineno", new PyGetSetDescr(TYPE, "tb_lineno", o -> PyInt.of(((PyTraceback) o).lineno), null));
        TYPE.ready();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** The next entry; Python code may rebind it (unittest trims its own frames this way). */
    public PyTraceback next;
    /** The frame object (an {@code org.taipan.interp.Frame}). */
    public final PyObject frame;
    /** Instruction index in the frame's code. */
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyTraceback next, PyObject frame, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    /** {@code tb_next} assignment ({@code tb_next_set} in CPython's {@code Python/traceback.c}). */
    private static void setNext(PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete tb_next attribute");
        }
        if (value == PyNone.NONE) {
            ((PyTraceback) self).next = null;
            return;
        }
        if (!(value instanceof PyTraceback tb)) {
            throw Errors.typeError("expected traceback object, got '%s'", value.type().name());
        }
        for (PyTraceback c = tb; c != null; c = c.next) {
            if (c == self) {
                throw Errors.valueError("traceback loop detected");
            }
        }
        ((PyTraceback) self).next = tb;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
