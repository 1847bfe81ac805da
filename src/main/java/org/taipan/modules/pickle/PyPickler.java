package org.taipan.modules.pickle;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code _pickle.Pickler} (CPython 3.11's {@code PicklerObject}): {@code Pickler(file, protocol=None,
 * fix_imports=True, buffer_callback=None)} with {@code dump}, {@code clear_memo}, {@code memo},
 * {@code persistent_id}, {@code dispatch_table}, {@code fast} and {@code bin}. Subclasses override
 * {@code persistent_id} and {@code dispatch_table} (looked up once, by {@code __init__}) and
 * {@code reducer_override} (looked up by each {@code dump}). The work is done by a {@link Saver}.
 */
public class PyPickler extends TypedObject {
    public static final PyType TYPE = PyType.builtin("_pickle.Pickler", PyType.OBJECT).markOwnLayout();

    static {
        TYPE.addAttr("__module__", PyStr.of("_pickle"));
        TYPE.addAttr("__doc__", PyStr.of("Writes pickles of objects to a binary file: each dump(obj) writes one pickle\n"
                + "through file.write(). protocol picks the format (0 to 5; None means the\n"
                + "default, 4; a negative number the highest). fix_imports writes Python 2\n"
                + "module names for protocols below 3. buffer_callback (protocol 5 only) is\n"
                + "called with each PickleBuffer; a false result keeps that buffer out of the\n"
                + "stream."));
        TYPE.tp_new = (type, a, k) -> new PyPickler(type);
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("Pickler", a, k, 0, "file", "protocol", "fix_imports", "buffer_callback");
            PyObject file = MethodArgs.required("Pickler", p, 0, "file");
            ((PyPickler) self).init(file, p[1], p[2] == null || Abstract.isTrue(p[2]), p[3]);
        };
        TYPE.addMethodOneArg("dump", (self, obj) -> {
            ((PyPickler) self).dump(obj);
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("clear_memo", self -> {
            ((PyPickler) self).memo.clear();
            return PyNone.NONE;
        });
        TYPE.addMethodNoArgs("__sizeof__", self -> PyInt.of(96 + 16L * ((PyPickler) self).memo.size()));
        TYPE.addAttr("memo", new PyGetSetDescr(TYPE, "memo", o -> new PicklerMemoProxy((PyPickler) o),
                (o, v) -> ((PyPickler) o).setMemo(v)));
        TYPE.addAttr("persistent_id", new PyGetSetDescr(TYPE, "persistent_id", o -> {
            PyObject f = ((PyPickler) o).persFunc;
            if (f == null) {
                throw Errors.attributeError("persistent_id");
            }
            return f;
        }, (o, v) -> ((PyPickler) o).persFunc = checkPersistentFunction("persistent_id", v)));
        TYPE.addAttr("dispatch_table", new PyGetSetDescr(TYPE, "dispatch_table", o -> {
            PyObject d = ((PyPickler) o).dispatchTable;
            if (d == null) {
                throw Errors.attributeError("'%s' object has no attribute 'dispatch_table'", o.type().name());
            }
            return d;
        }, (o, v) -> ((PyPickler) o).dispatchTable = v));
        TYPE.addAttr("fast", new PyGetSetDescr(TYPE, "fast", o -> PyInt.of(((PyPickler) o).fast),
                (o, v) -> ((PyPickler) o).fast = intMember(v)));
        TYPE.addAttr("bin", new PyGetSetDescr(TYPE, "bin", o -> PyInt.of(((PyPickler) o).proto > 0 ? 1 : 0),
                (o, v) -> intMember(v)));
        TYPE.ready();
    }

    /** The file's {@code write}; null until {@code __init__} ran. */
    PyObject write;
    int proto;
    boolean fixImports;
    PyObject bufferCallback;
    PyObject persFunc;
    PyObject dispatchTable;
    int fast;
    PicklerMemo memo = new PicklerMemo();
    /**
     * One str object per module name and one per global name written by STACK_GLOBAL: CPython's
     * are shared objects, so a module named twice is memoized once; Taipan's attribute values need
     * not be the same object.
     */
    final java.util.HashMap<PyStr, PyStr> moduleNames = new java.util.HashMap<>();
    final java.util.HashMap<PyStr, PyStr> globalNames = new java.util.HashMap<>();

    static PyObject intern(java.util.HashMap<PyStr, PyStr> names, PyObject name) {
        if (name.type() != PyStr.TYPE) {
            return name;
        }
        return names.computeIfAbsent((PyStr) name, n -> n);
    }

    PyPickler(PyType type) {
        super(type);
    }

    /** {@code _pickle.Pickler.__init__}. */
    void init(PyObject file, PyObject protocol, boolean fixImports, PyObject bufferCallback) {
        if (write != null) {
            // a second __init__ starts from a cleared pickler (CPython's Pickler_clear): a
            // persistent_id set on the instance is dropped
            persFunc = null;
        }
        setProtocol(protocol, fixImports);
        PyObject w = file == null ? null : Abstract.lookupAttr(file, PyStr.of("write"));
        if (file != null && w == null) {
            throw Errors.typeError("file must have a 'write' attribute");
        }
        setBufferCallback(bufferCallback);
        write = w;
        memo = new PicklerMemo();
        fast = 0;
        if (type() != TYPE) {
            persFunc = Abstract.lookupAttr(this, PERSISTENT_ID);
            dispatchTable = null;
            dispatchTable = Abstract.lookupAttr(this, DISPATCH_TABLE);
        } else {
            // the look-ups would find the plain class's own getters: persistent_id answers persFunc
            // itself, dispatch_table (cleared first) raises AttributeError, which makes it null
            dispatchTable = null;
        }
    }

    private static final PyStr PERSISTENT_ID = PyStr.of("persistent_id"), DISPATCH_TABLE = PyStr.of("dispatch_table"),
            REDUCER_OVERRIDE = PyStr.of("reducer_override");

    private void setProtocol(PyObject protocol, boolean fix) {
        int p;
        if (protocol == null || protocol == PyNone.NONE) {
            p = Opcodes.DEFAULT_PROTOCOL;
        } else {
            PyInt i = Abstract.index(protocol, null);
            if (!i.fitsLong()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            long v = i.longValue();
            if (v < 0) {
                p = Opcodes.HIGHEST_PROTOCOL;
            } else if (v > Opcodes.HIGHEST_PROTOCOL) {
                throw Errors.valueError("pickle protocol must be <= %d", Opcodes.HIGHEST_PROTOCOL);
            } else {
                p = (int) v;
            }
        }
        proto = p;
        fixImports = fix && p < 3;
    }

    private void setBufferCallback(PyObject cb) {
        if (cb == PyNone.NONE) {
            cb = null;
        }
        if (cb != null && proto < 5) {
            throw Errors.valueError("buffer_callback needs protocol >= 5");
        }
        bufferCallback = cb;
    }

    /** {@code Pickler.dump}: pickles {@code obj} and passes the bytes to the file's {@code write}. */
    void dump(PyObject obj) {
        if (write == null) {
            throw PickleState.picklingError("Pickler.__init__() was not called by %s.__init__()", type().name());
        }
        PickleOutput out = new PickleOutput(write);
        save(out, obj);
        out.flushToFile();
    }

    private void save(PickleOutput out, PyObject obj) {
        // the plain class (immutable, its instances without a dict) has no reducer_override
        PyObject reducerOverride = type() == TYPE ? null : Abstract.lookupAttr(this, REDUCER_OVERRIDE);
        new Saver(this, out, reducerOverride).dump(obj);
    }

    /** {@code _pickle.dumps}: a pickler without a file, its output returned as bytes. */
    static PyBytes dumps(PyObject obj, PyObject protocol, boolean fixImports, PyObject bufferCallback) {
        PyPickler p = new PyPickler(TYPE);
        p.init(null, protocol, fixImports, bufferCallback);
        PickleOutput out = new PickleOutput(null);
        p.save(out, obj);
        return out.toBytes();
    }

    private void setMemo(PyObject v) {
        if (v == null) {
            throw Errors.typeError("attribute deletion is not supported");
        }
        if (v instanceof PicklerMemoProxy proxy) {
            memo = proxy.pickler.memo.copy();
        } else if (v instanceof PyDict d) {
            PicklerMemo m = new PicklerMemo();
            for (int i = 0; i < d.size(); i++) {
                PyObject value = d.valueAt(i);
                if (!(value instanceof PyTuple t) || t.size() != 2) {
                    throw Errors.typeError("'memo' values must be 2-item tuples");
                }
                PyInt idx = Abstract.index(t.get(0), null);
                m.set(t.get(1), (int) idx.ssizeValue());
            }
            memo = m;
        } else {
            throw Errors.typeError("'memo' attribute must be a PicklerMemoProxy object or dict, not %s", v.type().name());
        }
    }

    /** A {@code persistent_id}/{@code persistent_load} assignment: a callable, never a deletion. */
    static PyObject checkPersistentFunction(String name, PyObject v) {
        if (v == null) {
            throw Errors.typeError("attribute deletion is not supported");
        }
        if (v.type().tp_call == null) {
            throw Errors.typeError("%s must be a callable taking one argument", name);
        }
        return v;
    }

    private static int intMember(PyObject v) {
        if (v == null) {
            throw Errors.typeError("can't delete numeric/char attribute");
        }
        return Args.cInt(v);
    }

}
