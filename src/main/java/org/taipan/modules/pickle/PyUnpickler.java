package org.taipan.modules.pickle;

import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _pickle.Unpickler} (CPython 3.11's {@code UnpicklerObject}): {@code Unpickler(file, *,
 * fix_imports=True, encoding='ASCII', errors='strict', buffers=())} with {@code load},
 * {@code find_class}, {@code persistent_load} and {@code memo}. Globals are always resolved through
 * {@code self.find_class}, so subclasses can restrict or redirect them; {@code persistent_load} is
 * looked up once, by {@code __init__}. The work is done by a {@link Loader}.
 */
public class PyUnpickler extends TypedObject {
    public static final PyType TYPE = PyType.builtin("_pickle.Unpickler", PyType.OBJECT).markOwnLayout();

    private static final String[] PARAMS = {"file", "fix_imports", "encoding", "errors", "buffers"};

    static {
        TYPE.addAttr("__module__", PyStr.of("_pickle"));
        TYPE.addAttr("__doc__", PyStr.of("Reads pickles from a binary file with read() and readline() methods: each\n"
                + "load() returns the next object, whatever protocol wrote it. fix_imports maps\n"
                + "Python 2 module names to Python 3's; encoding and errors decode Python 2\n"
                + "8-bit strings ('bytes' keeps them bytes); buffers supplies the out-of-band\n"
                + "buffers of protocol 5."));
        TYPE.tp_new = (type, a, k) -> new PyUnpickler(type);
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.tp_init = (self, a, k) -> {
            PyObject[] p = bindKeywordOnly("Unpickler", a, k);
            PyObject file = MethodArgs.required("Unpickler", p, 0, "file");
            ((PyUnpickler) self).init(file, p, "Unpickler");
        };
        TYPE.addMethodNoArgs("load", self -> ((PyUnpickler) self).load());
        TYPE.addMethod("find_class", (self, a, k) -> {
            PyObject[] p = MethodArgs.bind("find_class", a, k, 2, "module_name", "global_name");
            if (p[0] == null || p[1] == null) {
                throw Errors.typeError("find_class expected 2 arguments, got %d", a.length);
            }
            return ((PyUnpickler) self).defaultFindClass(p[0], p[1]);
        });
        TYPE.addMethodNoArgs("__sizeof__", self -> PyInt.of(192));
        TYPE.addAttr("memo", new PyGetSetDescr(TYPE, "memo", o -> new UnpicklerMemoProxy((PyUnpickler) o),
                (o, v) -> ((PyUnpickler) o).setMemo(v)));
        TYPE.addAttr("persistent_load", new PyGetSetDescr(TYPE, "persistent_load", o -> {
            PyObject f = ((PyUnpickler) o).persFunc;
            if (f == null) {
                throw Errors.attributeError("persistent_load");
            }
            return f;
        }, (o, v) -> ((PyUnpickler) o).persFunc = PyPickler.checkPersistentFunction("persistent_load", v)));
        TYPE.ready();
    }

    private PyObject file;
    private PyObject read;
    private PyObject readline;
    boolean fixImports = true;
    String encoding = "ASCII";
    String errors = "strict";
    /** An iterator over the out-of-band buffers, or null. */
    PyObject buffers;
    PyObject persFunc;
    UnpicklerMemo memo = new UnpicklerMemo();
    /** The protocol of the pickle being read (from its PROTO opcode). */
    int proto;
    /** {@code loads}' data, read in place. */
    private byte[] data;

    PyUnpickler(PyType type) {
        super(type);
    }

    /** Binds {@code (file, /, *, fix_imports, encoding, errors, buffers)} as argument clinic does. */
    static PyObject[] bindKeywordOnly(String fname, PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > 1) {
            throw Errors.typeError("%s() takes exactly 1 positional argument (%d given)", fname, npos);
        }
        return MethodArgs.bind(fname, a, k, 0, PARAMS);
    }

    private static final PyStr PERSISTENT_LOAD = PyStr.of("persistent_load");

    void init(PyObject file, PyObject[] p, String fname) {
        if (read != null) {
            // a second __init__ starts from a cleared unpickler (CPython's Unpickler_clear)
            persFunc = null;
        }
        PyObject r = Abstract.lookupAttr(file, PyStr.of("read"));
        PyObject rl = Abstract.lookupAttr(file, PyStr.of("readline"));
        if (r == null || rl == null) {
            throw Errors.typeError("file must have 'read' and 'readline' attributes");
        }
        this.file = file;
        this.read = r;
        this.readline = rl;
        this.data = null;
        setOptions(p, fname);
        if (type() != TYPE) {
            persFunc = Abstract.lookupAttr(this, PERSISTENT_LOAD);
        }
        // else the look-up finds the plain class's getter, which answers persFunc itself (or raises
        // AttributeError when it is unset, which the look-up turns into null)
        memo = new UnpicklerMemo();
        proto = 0;
    }

    /** The keyword options; {@code fname} names the call in a TypeError ("Unpickler", "load", "loads"). */
    private void setOptions(PyObject[] p, String fname) {
        fixImports = p[1] == null || Abstract.isTrue(p[1]);
        encoding = p[2] == null ? "ASCII" : strArg(fname, "encoding", p[2]);
        errors = p[3] == null ? "strict" : strArg(fname, "errors", p[3]);
        buffers = p[4] == null || p[4] == PyNone.NONE ? null : Abstract.iter(p[4]);
    }

    private static String strArg(String fname, String name, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s() argument '%s' must be str, not %s", fname, name, v.type().name());
        }
        return s.toString();
    }

    /** {@code _pickle.loads}: an unpickler over the bytes of a bytes-like object. */
    static PyObject loads(PyObject data, PyObject[] p) {
        PyUnpickler u = new PyUnpickler(TYPE);
        byte[] bytes = Buffers.bytesOrNull(data);
        if (bytes == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", data.type().name());
        }
        u.data = bytes;
        u.setOptions(p, "loads");
        return new Loader(u, new LoadInput(bytes)).load();
    }

    /** {@code Unpickler.load}: reads one pickle from the file. */
    PyObject load() {
        if (read == null && data == null) {
            throw PickleState.unpicklingError("Unpickler.__init__() was not called by %s.__init__()", type().name());
        }
        LoadInput in = data != null ? new LoadInput(data) : new LoadInput(file, read, readline);
        try {
            return new Loader(this, in).load();
        } finally {
            in.finish();
        }
    }

    /** Resolves a global through {@code self.find_class}, which a subclass may override. */
    PyObject findClass(PyObject module, PyObject name) {
        if (type() == TYPE) {
            return defaultFindClass(module, name);
        }
        return Callables.callAttr(this, "find_class", module, name);
    }

    /** {@code Unpickler.find_class}: imports the module (2.x names mapped for protocols 0-2) and gets the attribute. */
    PyObject defaultFindClass(PyObject module, PyObject name) {
        if (proto < 3 && fixImports) {
            PyObject[] mapped = Names.mapTo3(PickleState.get(), module, name);
            module = mapped[0];
            name = mapped[1];
        }
        PyObject m = Names.importModule(module);
        return Names.getAttribute(m, name, proto >= 4);
    }

    private void setMemo(PyObject v) {
        if (v == null) {
            throw Errors.typeError("attribute deletion is not supported");
        }
        if (v instanceof UnpicklerMemoProxy proxy) {
            UnpicklerMemo m = new UnpicklerMemo();
            PyDict d = proxy.unpickler.memo.toDict();
            for (int i = 0; i < d.size(); i++) {
                m.put(((PyInt) d.keyAt(i)).longValue(), d.valueAt(i));
            }
            memo = m;
        } else if (v instanceof PyDict d) {
            // CPython 3.11's Unpickler_set_memo stores a dict's entries into the memo it is about to
            // drop and installs an empty one: the memo ends up empty (u.memo.copy() == {}), and a bad
            // key leaves the old memo in place with the entries before that key added to it.
            for (int i = 0; i < d.size(); i++) {
                PyObject key = d.keyAt(i);
                if (!(PyInt.asInt(key) instanceof PyInt idx)) {
                    throw Errors.typeError("memo key must be integers");
                }
                if (idx.signum() < 0) {
                    throw Errors.valueError("memo key must be positive integers.");
                }
                memo.put(idx.ssizeValue(), d.valueAt(i));
            }
            memo = new UnpicklerMemo();
        } else {
            throw Errors.typeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, not %s",
                    v.type().name());
        }
    }

}
