package org.taipan.runtime;

import org.taipan.interp.Eval;

/**
 * A function defined in Python ({@code def}, {@code lambda}): code, globals, defaults and
 * closure. Calling it runs the interpreter on a new frame ({@link Eval#callFunction}).
 */
public final class PyFunction extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtinFinal("function", PyType.OBJECT);

    static {
        TYPE.tp_call = (f, a, k) -> ((PyFunction) f).call(a, k);
        TYPE.tp_descr_get = (f, obj, type) -> obj == null ? f : new PyMethod(f, obj);
        TYPE.tp_repr = o -> PyStr.of("<function " + ((PyFunction) o).qualname + " at " + ObjectSlots.address(o) + ">");
        TYPE.addAttr("__name__", new PyGetSetDescr(TYPE, "__name__", o -> ((PyFunction) o).name, (o, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) o).name = s;
        }));
        TYPE.addAttr("__qualname__", new PyGetSetDescr(TYPE, "__qualname__", o -> ((PyFunction) o).qualname,
                (o, v) -> {
                    if (!(v instanceof PyStr s)) {
                        throw Errors.typeError("__qualname__ must be set to a string object");
                    }
                    ((PyFunction) o).qualname = s;
                }));
        TYPE.addAttr("__defaults__", new PyGetSetDescr(TYPE, "__defaults__", o -> orNone(((PyFunction) o).defaults),
                (o, v) -> {
                    if (v != null && v != PyNone.NONE && !(v instanceof PyTuple)) {
                        throw Errors.typeError("__defaults__ must be set to a tuple object");
                    }
                    ((PyFunction) o).defaults = v instanceof PyTuple t ? t : null;
                }));
        TYPE.addAttr("__kwdefaults__", new PyGetSetDescr(TYPE, "__kwdefaults__",
                o -> orNone(((PyFunction) o).kwdefaults), (o, v) -> {
                    if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                        throw Errors.typeError("__kwdefaults__ must be set to a dict object");
                    }
                    ((PyFunction) o).kwdefaults = v instanceof PyDict d ? d : null;
                }));
        TYPE.tp_new = (t, a, k) -> construct(a, k);
        ObjectSlots.addInstanceDict(TYPE);
        TYPE.addAttr("__code__", new PyGetSetDescr(TYPE, "__code__", o -> ((PyFunction) o).code, PyFunction::setCode));
        // CPython's func_memberlist: members, so types.MemberDescriptorType is member_descriptor
        // (inspect.ismemberdescriptor of a __slots__ member) and assigning says "readonly attribute"
        TYPE.addAttr("__globals__", PyMemberDescr.readOnly(TYPE, "__globals__", o -> ((PyFunction) o).globals));
        TYPE.addAttr("__builtins__", PyMemberDescr.readOnly(TYPE, "__builtins__", o -> ((PyFunction) o).builtins));
        TYPE.addAttr("__closure__", PyMemberDescr.readOnly(TYPE, "__closure__", o -> {
            PyCell[] c = ((PyFunction) o).closure;
            return c == null || c.length == 0 ? PyNone.NONE : new PyTuple(c.clone());
        }));
        TYPE.addAttr("__doc__", PyMemberDescr.writable(TYPE, "__doc__", o -> ((PyFunction) o).doc,
                (o, v) -> ((PyFunction) o).doc = v == null ? PyNone.NONE : v));
        TYPE.addAttr("__module__", PyMemberDescr.writable(TYPE, "__module__", o -> ((PyFunction) o).module,
                (o, v) -> ((PyFunction) o).module = v == null ? PyNone.NONE : v));
        TYPE.addAttr("__annotations__", new PyGetSetDescr(TYPE, "__annotations__", o -> {
            PyFunction f = (PyFunction) o;
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (o, v) -> {
            // func_set_annotations: a dict, or None/deletion (a new {} is made at the next read)
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            ((PyFunction) o).annotations = v instanceof PyDict d ? d : null;
        }));
        TYPE.ready();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** The code; replaced only by {@code f.__code__ = c} (as {@code types.coroutine} does). */
    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public final PyCell[] closure;
    public final Interpreter interpreter;
    public PyStr name;
    public PyStr qualname;
    /** Positional defaults (for the last parameters), or null. */
    public PyTuple defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    public PyDict annotations;
    public PyObject doc = PyNone.NONE;
    public PyObject module = PyNone.NONE;
    private PyDict dict;

    /** {@code f.__code__ = c} (CPython's {@code func_set_code}): the free variables must match the closure. */
    private static void setCode(PyObject o, PyObject v) {
        PyFunction f = (PyFunction) o;
        if (!(v instanceof PyCode c)) {
            throw Errors.typeError("__code__ must be set to a code object");
        }
        c.checkRunnable();
        int nfree = c.code.freevars.length;
        int nclosure = f.closure == null ? 0 : f.closure.length;
        if (nfree != nclosure) {
            throw Errors.valueError("%s() requires a code object with %d free vars, not %d", f.name, nclosure, nfree);
        }
        f.code = c;
    }

    /**
     * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}, CPython's
     * {@code func_new}: the builtins come from {@code globals['__builtins__']} (a module or dict)
     * or the running interpreter's; the closure must hold exactly one cell per free variable.
     *
     * @throws PyException TypeError for a wrong argument type, ValueError for a closure of the
     *                     wrong length, with CPython's messages
     */
    private static PyObject construct(PyObject[] a, String[] k) {
        PyObject[] b = MethodArgs.bind("function", a, k, 0, "code", "globals", "name", "argdefs", "closure");
        if (!(MethodArgs.required("function", b, 0, "code") instanceof PyCode code)) {
            throw Errors.typeError("function() argument 'code' must be code, not %s", b[0].type().name());
        }
        if (!(MethodArgs.required("function", b, 1, "globals") instanceof PyDict globals)) {
            throw Errors.typeError("function() argument 'globals' must be dict, not %s", b[1].type().name());
        }
        PyObject name = b[2] == null ? PyNone.NONE : b[2];
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw Errors.typeError("arg 3 (name) must be None or string");
        }
        PyObject defaults = b[3] == null ? PyNone.NONE : b[3];
        if (defaults != PyNone.NONE && !(defaults instanceof PyTuple)) {
            throw Errors.typeError("arg 4 (defaults) must be None or tuple");
        }
        PyObject closure = b[4] == null ? PyNone.NONE : b[4];
        int nfree = code.code.freevars.length;
        if (!(closure instanceof PyTuple) && (nfree > 0 || closure != PyNone.NONE)) {
            throw Errors.typeError(nfree > 0 && closure == PyNone.NONE ? "arg 5 (closure) must be tuple"
                    : "arg 5 (closure) must be None or tuple");
        }
        PyObject[] items = closure instanceof PyTuple t ? t.array() : new PyObject[0];
        if (items.length != nfree) {
            throw Errors.valueError("%s requires closure of length %d, not %d", code.name, nfree, items.length);
        }
        PyCell[] cells = new PyCell[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyCell c)) {
                throw Errors.typeError("arg 5 (closure) expected cell, found %s", items[i].type().name());
            }
            cells[i] = c;
        }
        Interpreter interp = ThreadState.current().interpreter;
        PyObject bi = globals.getItem(PyStr.of("__builtins__"));
        PyDict builtins = bi instanceof PyModule m ? m.dict() : bi instanceof PyDict d ? d : interp.builtins();
        PyFunction f = new PyFunction(interp, code, globals, builtins, cells.length == 0 ? null : cells);
        if (name instanceof PyStr n) {
            f.name = n;
        }
        f.defaults = defaults instanceof PyTuple t ? t : null;
        return f;
    }

    public PyFunction(Interpreter interpreter, PyCode code, PyDict globals, PyDict builtins, PyCell[] closure) {
        code.checkRunnable();
        this.interpreter = interpreter;
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject mod = globals.getItem(PyStr.of("__name__"));
        if (mod != null) {
            this.module = mod;
        }
        // As CPython 3.11, a function's first constant is its docstring (or None).
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr s) {
            this.doc = s;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public boolean replaceDict(PyDict d) {
        dict = d;
        return true;
    }

    @Override
    public PyDict dictIfMade() {
        return dict;
    }

    /** Calls the function in vectorcall form. */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Eval.callFunction(this, args, kwnames);
    }
}
