package org.taipan.modules.weakref;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _weakref} module (CPython's {@code Modules/_weakref.c}): {@code ref}, {@code proxy},
 * {@code getweakrefcount}, {@code getweakrefs}, {@code _remove_dead_weakref} and the type names
 * {@code weakref.py} re-exports. Referents die when the JVM collects them; their callbacks run
 * at {@code gc.collect()} or the next safe point of the interpreter's thread.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** Builds the module. */
    /**
     * The value of an instance's {@code __weakref__} attribute ({@code subtype_getweakref}): its
     * first weak reference (the basic reference when one exists), or None.
     */
    public static PyObject firstWeakref(PyObject o) {
        return WeakRegistry.current().first(o);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_weakref", true);
        m.set("__doc__", PyStr.of("Weak-reference support module."));
        m.set("ref", PyWeakref.TYPE);
        m.set("ReferenceType", PyWeakref.TYPE);
        m.set("ProxyType", PyWeakProxy.PROXY);
        m.set("CallableProxyType", PyWeakProxy.CALLABLE);
        m.def("getweakrefcount", (a, k) -> {
            PyObject o = Args.oneArg("getweakrefcount", a, k);
            return PyInt.of(Weakrefable.test(o) ? WeakRegistry.current().refsTo(o).size() : 0);
        });
        m.def("getweakrefs", (a, k) -> {
            PyObject o = Args.oneArg("getweakrefs", a, k);
            PyList l = new PyList();
            if (Weakrefable.test(o)) {
                for (WeakBase w : WeakRegistry.current().refsTo(o)) {
                    l.append(w);
                }
            }
            return l;
        });
        m.def("proxy", (a, k) -> {
            Args.noKeywords("_weakref.proxy", k);  // the module-qualified name of its Argument Clinic spec
            Args.check("proxy", a, k, 1, 2);
            PyObject o = a[0];
            PyObject cb = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
            Weakrefable.check(o);
            WeakRegistry reg = WeakRegistry.current();
            if (cb == null) {
                WeakBase basic = reg.findBasic(o, true);
                if (basic != null) {
                    return basic;
                }
            }
            boolean callable = o.type().tp_call != null;
            return new PyWeakProxy(callable ? PyWeakProxy.CALLABLE : PyWeakProxy.PROXY, o, cb, reg);
        });
        m.def("_remove_dead_weakref", (a, k) -> {
            Args.check("_remove_dead_weakref", a, k, 2, 2);
            if (!(a[0] instanceof PyDict d)) {
                throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", a[0].type().name());
            }
            PyObject v = d.getItem(a[1]);
            if (v != null) {
                if (!(v instanceof WeakBase w)) {
                    throw Errors.typeError("not a weakref");
                }
                if (w.get() == null) {
                    d.delItem(a[1]);
                }
            }
            return PyNone.NONE;
        });
        return m;
    }
}
