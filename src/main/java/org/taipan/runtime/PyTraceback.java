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
        TYPE.addAttr("tb_lasti", new PyGetSetDescr(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).byteOffset()), null));
        TYPE.addAttr("tb_lineno", new PyGetSetDescr(TYPE, "tb_lineno", o -> PyInt.of(((PyTraceback) o).lineno), null));
        TYPE.tp_new = (t, a, k) -> construct(a, k);
        // tb_dir: only the four attributes, not object's
        TYPE.addMethodNoArgs("__dir__", o -> new PyList(new PyObject[] {PyStr.of("tb_frame"), PyStr.of("tb_next"),
                PyStr.of("tb_lasti"), PyStr.of("tb_lineno")}));
        TYPE.ready();
    }

    private static final String[] PARAMETERS = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};

    /**
     * {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}: CPython 3.11's
     * {@code tb_new}, its arguments bound as its Argument Clinic parser binds them (the count, then
     * the first missing one), converted in order (the frame's
     * type, the two C ints), then {@code tb_next} checked. Libraries that rebuild tracebacks
     * (tblib, jinja2) make them this way.
     *
     * @throws PyException TypeError for a bad argument list, a {@code tb_frame} that is not a
     *         frame or a {@code tb_next} that is neither a traceback nor None, or an int argument
     *         without {@code __index__}; OverflowError for an int outside a C int
     */
    private static PyTraceback construct(PyObject[] a, String[] k) {
        PyObject[] v = bind(a, k);
        PyObject next = v[0], frame = v[1];
        if (!(frame instanceof org.taipan.interp.Frame)) {
            // (_PyArg_BadArgument names None itself, not its type)
            throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not %s",
                    frame == PyNone.NONE ? "None" : frame.type().name());
        }
        int lasti = cInt(v[2]);
        int lineno = cInt(v[3]);
        if (next != PyNone.NONE && !(next instanceof PyTraceback)) {
            throw Errors.typeError("expected traceback object or None, got '%s'", next.type().name());
        }
        int index = lasti >= 0 ? ((org.taipan.interp.Frame) frame).code.layout().instructionAt(lasti) : -1;
        return new PyTraceback(next == PyNone.NONE ? null : (PyTraceback) next, frame, index, lineno, lasti);
    }

    /**
     * The four arguments in parameter order, as {@code _PyArg_UnpackKeywords} binds them for
     * {@code tb_new}: with every parameter required and at most four arguments, one given twice
     * or an unknown keyword always leaves a parameter missing, which is what is reported.
     */
    private static PyObject[] bind(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        int nkw = k == null ? 0 : k.length;
        if (npos + nkw > PARAMETERS.length) {
            throw Errors.typeError("TracebackType() takes at most 4 %sarguments (%d given)", npos == 0 ? "keyword " : "",
                    npos + nkw);
        }
        PyObject[] r = new PyObject[PARAMETERS.length];
        System.arraycopy(a, 0, r, 0, npos);
        int left = nkw;
        for (int i = npos; i < PARAMETERS.length; i++) {
            PyObject given = left > 0 ? Args.keyword(a, k, PARAMETERS[i]) : null;
            if (given == null) {
                throw Errors.typeError("TracebackType() missing required argument '%s' (pos %d)", PARAMETERS[i], i + 1);
            }
            r[i] = given;
            left--;
        }
        return r;
    }

    /** {@code _PyLong_AsInt}: an int (or {@code __index__}) that fits a C int. */
    private static int cInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** The next entry; Python code may rebind it (unittest trims its own frames this way). */
    public PyTraceback next;
    /** The frame object (an {@code org.taipan.interp.Frame}). */
    public final PyObject frame;
    /** Instruction index in the frame's code; -1 for none (a constructed traceback's negative {@code tb_lasti}). */
    public final int lasti;
    public final int lineno;
    /** {@code tb_lasti} as constructed from Python, or {@link #DERIVED}. */
    private final int byteOffset;
    /** {@link #byteOffset} of an entry the interpreter made: its instruction's offset is read from the code. */
    private static final int DERIVED = Integer.MIN_VALUE;

    public PyTraceback(PyTraceback next, PyObject frame, int lasti, int lineno) {
        this(next, frame, lasti, lineno, DERIVED);
    }

    /**
     * {@code tb_lasti}: the byte offset of the instruction in {@code co_code} (CPython 3.11's
     * layout of the frame's code, {@code PyCode.layout}), or the value it was constructed with.
     */
    private int byteOffset() {
        if (byteOffset != DERIVED) {
            return byteOffset;
        }
        return lasti >= 0 && frame instanceof org.taipan.interp.Frame f && lasti < f.code.code.code.length
                ? f.code.layout().offset(lasti) : lasti * 2;
    }

    private PyTraceback(PyTraceback next, PyObject frame, int lasti, int lineno, int byteOffset) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        this.byteOffset = byteOffset;
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
