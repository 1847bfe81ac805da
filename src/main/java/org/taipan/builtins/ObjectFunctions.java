package org.taipan.builtins;

import org.taipan.interp.Frame;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Formatter;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.ObjectIds;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/** Builtins about objects in general: {@code repr}, {@code len}, {@code getattr}, {@code isinstance}, ... */
final class ObjectFunctions {
    private ObjectFunctions() {}

    /** Made once: a new str would have its hash computed on every {@code vars(obj)}. */
    private static final PyStr DICT = PyStr.of("__dict__");

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** A METH_O builtin: "name() takes exactly one argument (2 given)", and its array-free body. */
    private static void defOne(PyModule m, String name, PyBuiltinFunction.OneArg body) {
        m.set(name, new PyBuiltinFunction(name, (a, k) -> body.call(Args.oneArg(name, a, k)), body, null));
    }

    /** A builtin of exactly two positional arguments ("name expected 2 arguments, got 1") and its array-free body. */
    private static void defTwo(PyModule m, String name, PyBuiltinFunction.TwoArgs body) {
        m.set(name, new PyBuiltinFunction(name, (a, k) -> {
            Args.check(name, a, k, 2, 2);
            return body.call(a[0], a[1]);
        }, null, body));
    }

    /** {@code getattr(o, name)} and {@code hasattr}'s name check: "attribute name must be string, not 'int'". */
    private static PyStr attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
    }

    static void register(PyModule m, Interpreter interp) {
        defOne(m, "repr", Abstract::reprObject);
        def(m, "ascii", (a, k) -> ascii(Args.oneArg("ascii", a, k)));
        defOne(m, "len", x -> PyInt.of(Abstract.length(x)));
        defOne(m, "hash", x -> PyInt.of(Abstract.hash(x)));
        defOne(m, "id", x -> PyInt.of(ObjectIds.idOf(x)));
        defOne(m, "callable", x -> PyBool.of(x.type().tp_call != null));
        defTwo(m, "isinstance", (x, t) -> PyBool.of(Abstract.isInstance(x, t)));
        defTwo(m, "issubclass", (x, t) -> PyBool.of(Abstract.isSubclass(x, t)));
        m.set("getattr", new PyBuiltinFunction("getattr", (a, k) -> {
            Args.check("getattr", a, k, 2, 3);
            PyStr name = attrName(a[1]);
            if (a.length == 2) {
                return Abstract.getAttr(a[0], name);
            }
            PyObject v = Abstract.lookupAttr(a[0], name);
            return v != null ? v : a[2];
        }, null, (o, name) -> Abstract.getAttr(o, attrName(name))));
        def(m, "setattr", (a, k) -> {
            Args.check("setattr", a, k, 3, 3);
            Abstract.setAttr(a[0], Args.str(a[1]), a[2]);
            return PyNone.NONE;
        });
        def(m, "delattr", (a, k) -> {
            Args.check("delattr", a, k, 2, 2);
            Abstract.delAttr(a[0], Args.str(a[1]));
            return PyNone.NONE;
        });
        defTwo(m, "hasattr", (o, name) -> PyBool.of(Abstract.lookupAttr(o, attrName(name)) != null));
        def(m, "format", (a, k) -> {
            Args.check("format", a, k, 1, 2);
            PyObject spec = a.length > 1 ? a[1] : PyStr.of("");
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not %s", Errors.argTypeName(spec));
            }
            return Abstract.format(a[0], s);
        });
        def(m, "vars", (a, k) -> {
            Args.check("vars", a, k, 0, 1);
            if (a.length == 0) {
                return ThreadState.current().frame.localsMapping();
            }
            // only an AttributeError becomes the TypeError (CPython's _PyObject_LookupAttr): what a
            // __dict__ property raises otherwise passes through
            PyObject d = Abstract.lookupAttr(a[0], DICT);
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        def(m, "dir", (a, k) -> {
            Args.check("dir", a, k, 0, 1);
            PyList l;
            if (a.length == 0) {
                // CPython's PyMapping_Keys: an exact dict's keys, any other mapping's keys()
                PyObject loc = ThreadState.current().frame.localsMapping();
                l = new PyList(Abstract.toArray(loc.getClass() == PyDict.class ? loc : Callables.callAttr(loc, "keys")));
            } else if (a[0] instanceof PyType t && t.type().lookup("__dir__") == PyType.TYPE.lookup("__dir__")) {
                // type.__dir__ (CPython's type___dir___impl) unless a metaclass overrides it (enum's does)
                PyDict seen = new PyDict();
                for (PyType c : t.mro()) {
                    for (int i = 0; i < c.dict().size(); i++) {
                        seen.setItem(c.dict().keyAt(i), PyNone.NONE);
                    }
                }
                l = new PyList(Abstract.toArray(seen));
            } else if (a[0] instanceof PyModule && a[0].type().lookup(PyStr.of("__dir__"))
                    == PyModule.TYPE.lookup(PyStr.of("__dir__"))) {
                // CPython's module_dir: the module's __dict__ attribute, and its __dir__ function if it has one (PEP 562)
                PyObject d = Abstract.getAttr(a[0], PyStr.of("__dict__"));
                if (!(d instanceof PyDict dict)) {
                    throw Errors.typeError("<module>.__dict__ is not a dictionary");
                }
                PyObject dirFunction = dict.getItem(PyStr.of("__dir__"));
                l = new PyList(Abstract.toArray(dirFunction != null ? Callables.call(dirFunction) : dict));
            } else {
                // CPython sorts what __dir__ returns without removing duplicates.
                // _dir_object: __dir__ is looked up on the type, as every special method.
                PyObject dir = a[0].type().lookup("__dir__");
                if (dir == null) {
                    throw Errors.typeError("object does not provide __dir__");
                }
                l = new PyList(Abstract.toArray(Callables.callMethod(dir, a[0], new PyObject[0], null)));
            }
            org.taipan.runtime.Callables.callAttr(l, "sort");
            return l;
        });
        def(m, "globals", (a, k) -> {
            Args.noArgs("globals", a, k);
            return ThreadState.current().frame.globals;
        });
        def(m, "locals", (a, k) -> {
            Args.noArgs("locals", a, k);
            Frame f = ThreadState.current().frame;
            return f.localsMapping();
        });
        def(m, "__import__", (a, k) -> {
            Args.onlyKeywords("__import__", k, "name", "globals", "locals", "fromlist", "level");
            int npos = Args.positional(a, k);
            if (npos > 5) {
                throw Errors.typeError("__import__() takes at most 5 arguments (%d given)", npos);
            }
            Args.notAlsoByName("__import__", a, k, "name", "globals", "locals", "fromlist", "level");
            PyObject name = npos > 0 ? a[0] : Args.keyword(a, k, "name");
            if (name == null) {
                throw Errors.typeError("__import__() missing required argument 'name' (pos 1)");
            }
            PyObject g = npos > 1 ? a[1] : Args.keyword(a, k, "globals");
            PyObject fromlist = npos > 3 ? a[3] : Args.keyword(a, k, "fromlist");
            PyObject lv = npos > 4 ? a[4] : Args.keyword(a, k, "level");
            int level = lv == null ? 0 : Abstract.index(lv, null).intValue();
            return interp.importer().importModuleLevel(name, g,
                    fromlist == null ? PyTuple.EMPTY : fromlist, level);
        });
        def(m, "breakpoint", (a, k) -> {
            // CPython calls sys.breakpointhook; the default hook (pdb) is a no-op here.
            PyObject hook = interp.sysAttribute("breakpointhook");
            if (hook == null) {
                throw Errors.runtimeError("lost sys.breakpointhook");
            }
            return Callables.call(hook, a, k);
        });
        m.set("help", new Helper());
        SiteBuiltins.install(m);
    }

    /**
     * {@code ascii(o)} ({@code PyObject_ASCII}): {@code repr(o)} itself when it is all ASCII (the
     * object {@code __repr__} returned, a str subclass too), else its characters past ASCII
     * escaped in a new str.
     */
    static PyObject ascii(PyObject o) {
        PyStr r = Abstract.reprObject(o);
        String s = r.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return PyStr.of(Formatter.ascii(s));
            }
        }
        return r;
    }
}
