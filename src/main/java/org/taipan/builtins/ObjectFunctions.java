package org.taipan.builtins;

import org.taipan.interp.Frame;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Formatter;
import org.taipan.runtime.Interpreter;
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

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    static void register(PyModule m, Interpreter interp) {
        def(m, "repr", (a, k) -> Abstract.reprObject(Args.oneArg("repr", a, k)));
        def(m, "ascii", (a, k) -> PyStr.of(Formatter.ascii(Abstract.repr(Args.oneArg("ascii", a, k)))));
        def(m, "len", (a, k) -> PyInt.of(Abstract.length(Args.oneArg("len", a, k))));
        def(m, "hash", (a, k) -> PyInt.of(Abstract.hash(Args.oneArg("hash", a, k))));
        def(m, "id", (a, k) -> PyInt.of(System.identityHashCode(Args.oneArg("id", a, k)) * 16L + 0x7f0000000000L));
        def(m, "callable", (a, k) -> PyBool.of(Args.oneArg("callable", a, k).type().tp_call != null));
        def(m, "isinstance", (a, k) -> {
            Args.check("isinstance", a, k, 2, 2);
            return PyBool.of(Abstract.isInstance(a[0], a[1]));
        });
        def(m, "issubclass", (a, k) -> {
            Args.check("issubclass", a, k, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[0], a[1]));
        });
        def(m, "getattr", (a, k) -> {
            Args.check("getattr", a, k, 2, 3);
            if (!(a[1] instanceof PyStr name)) {
                throw Errors.typeError("attribute name must be string, not '%s'", a[1].type().name());
            }
            if (a.length == 2) {
                return Abstract.getAttr(a[0], name);
            }
            PyObject v = Abstract.lookupAttr(a[0], name);
            return v != null ? v : a[2];
        });
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
        def(m, "hasattr", (a, k) -> {
            Args.check("hasattr", a, k, 2, 2);
            if (!(a[1] instanceof PyStr name)) {
                throw Errors.typeError("attribute name must be string, not '%s'", a[1].type().name());
            }
            return PyBool.of(Abstract.lookupAttr(a[0], name) != null);
        });
        def(m, "format", (a, k) -> {
            Args.check("format", a, k, 1, 2);
            PyObject spec = a.length > 1 ? a[1] : PyStr.of("");
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not %s", spec.type().name());
            }
            return Abstract.format(a[0], s);
        });
        def(m, "vars", (a, k) -> {
            Args.check("vars", a, k, 0, 1);
            if (a.length == 0) {
                return ThreadState.current().frame.localsMapping();
            }
            PyObject d;
            try {
                d = Abstract.lookupAttr(a[0], PyStr.of("__dict__"));
            } catch (org.taipan.runtime.PyException e) {
                d = null;
            }
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        def(m, "dir", (a, k) -> {
            Args.check("dir", a, k, 0, 1);
            PyList l;
            if (a.length == 0) {
                PyObject loc = ThreadState.current().frame.localsMapping();
                l = new PyList(Abstract.toArray(loc));
            } else if (a[0] instanceof PyType t) {
                PyDict seen = new PyDict();
                for (PyType c : t.mro()) {
                    for (int i = 0; i < c.dict().size(); i++) {
                        seen.setItem(c.dict().keyAt(i), PyNone.NONE);
                    }
                }
                l = new PyList(Abstract.toArray(seen));
            } else if (a[0] instanceof PyModule mod) {
                l = new PyList(Abstract.toArray(mod.dict()));
            } else {
                // CPython sorts what __dir__ returns without removing duplicates.
                l = new PyList(Abstract.toArray(Callables.callAttr(a[0], "__dir__")));
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
        m.set("help", Helper.INSTANCE);
        def(m, "exit", (a, k) -> {
            throw Errors.of(ExceptionTypes.SystemExit, a);
        });
        def(m, "quit", (a, k) -> {
            throw Errors.of(ExceptionTypes.SystemExit, a);
        });
    }
}
