package org.taipan.modules.gc;

import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;

/**
 * The {@code gc} module (CPython's {@code Modules/gcmodule.c}) over the JVM's collector.
 * {@code collect()} is what makes finalization observable: it forces a JVM collection and runs
 * the {@code __del__} methods and generator closes it uncovered before returning (see
 * {@link org.taipan.runtime.Finalization}); it returns how many finalizers ran (CPython
 * returns the number of unreachable objects found, which no program can rely on). The
 * thresholds, counts and enable switch are kept for compatibility: the JVM decides when it collects.
 */
public final class GcModule {
    private GcModule() {}

    /** CPython's {@code DEBUG_*} flags. */
    private static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32,
            DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    /** Per-interpreter state behind the module's functions. */
    private static final class State {
        boolean enabled = true;
        int debug;
        long[] thresholds = {700, 10, 10};
        final long[] collections = new long[3];
        final long[] collected = new long[3];
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** Builds the module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gc", true);
        State st = new State();
        PyList garbage = new PyList();
        PyList callbacks = new PyList();
        m.set("garbage", garbage);
        m.set("callbacks", callbacks);
        m.set("DEBUG_STATS", PyInt.of(DEBUG_STATS));
        m.set("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
        m.set("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
        m.set("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
        m.set("DEBUG_LEAK", PyInt.of(DEBUG_LEAK));
        def(m, "collect", (a, k) -> {
            Args.check("collect", a, k, 0, 1);
            PyObject g = a.length > 0 ? a[0] : Args.keyword(a, k, "generation");
            int gen = 2;
            if (g != null) {
                PyInt i = PyInt.asInt(g);
                if (i == null) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", g.type().name());
                }
                if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 2) {
                    throw Errors.valueError("invalid generation");
                }
                gen = (int) i.longValue();
            }
            invokeCallbacks(callbacks, "start", gen, 0);
            int n = interp.finalization().collect();
            st.collections[gen]++;
            st.collected[gen] += n;
            invokeCallbacks(callbacks, "stop", gen, n);
            return PyInt.of(n);
        });
        def(m, "enable", (a, k) -> {
            Args.noArgs("enable", a, k);
            st.enabled = true;
            return PyNone.NONE;
        });
        def(m, "disable", (a, k) -> {
            Args.noArgs("disable", a, k);
            st.enabled = false;
            return PyNone.NONE;
        });
        def(m, "isenabled", (a, k) -> {
            Args.noArgs("isenabled", a, k);
            return PyBool.of(st.enabled);
        });
        def(m, "get_count", (a, k) -> {
            Args.noArgs("get_count", a, k);
            return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
        });
        def(m, "get_threshold", (a, k) -> {
            Args.noArgs("get_threshold", a, k);
            return PyTuple.of(PyInt.of(st.thresholds[0]), PyInt.of(st.thresholds[1]), PyInt.of(st.thresholds[2]));
        });
        def(m, "set_threshold", (a, k) -> {
            Args.noKeywords("set_threshold", k);
            if (a.length < 1 || a.length > 3) {
                throw Errors.typeError(a.length < 1 ? "set_threshold() takes at least 1 argument (0 given)"
                        : "set_threshold() takes at most 3 arguments (" + a.length + " given)");
            }
            for (int i = 0; i < a.length; i++) {
                PyInt v = PyInt.asInt(a[i]);
                if (v == null) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", a[i].type().name());
                }
                st.thresholds[i] = v.intValue();
            }
            return PyNone.NONE;
        });
        def(m, "get_debug", (a, k) -> {
            Args.noArgs("get_debug", a, k);
            return PyInt.of(st.debug);
        });
        def(m, "set_debug", (a, k) -> {
            PyObject v = Args.oneArg("set_debug", a, k);
            PyInt i = PyInt.asInt(v);
            if (i == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
            }
            st.debug = i.intValue();
            return PyNone.NONE;
        });
        def(m, "get_stats", (a, k) -> {
            Args.noArgs("get_stats", a, k);
            PyList l = new PyList();
            for (int g = 0; g < 3; g++) {
                PyDict d = new PyDict();
                d.setItem(PyStr.of("collections"), PyInt.of(st.collections[g]));
                d.setItem(PyStr.of("collected"), PyInt.of(st.collected[g]));
                d.setItem(PyStr.of("uncollectable"), PyInt.of(0));
                l.append(d);
            }
            return l;
        });
        def(m, "is_tracked", (a, k) -> PyBool.of(isTracked(Args.oneArg("is_tracked", a, k))));
        def(m, "freeze", (a, k) -> {
            Args.noArgs("freeze", a, k);
            return PyNone.NONE;
        });
        def(m, "unfreeze", (a, k) -> {
            Args.noArgs("unfreeze", a, k);
            return PyNone.NONE;
        });
        def(m, "get_freeze_count", (a, k) -> {
            Args.noArgs("get_freeze_count", a, k);
            return PyInt.of(0);
        });
        return m;
    }

    /** {@code gc.callbacks}: each is called with the phase and an info dict, as CPython's {@code invoke_gc_callback}. */
    private static void invokeCallbacks(PyList callbacks, String phase, int generation, int collected) {
        if (callbacks.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(generation));
        info.setItem(PyStr.of("collected"), PyInt.of(collected));
        info.setItem(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : callbacks.toArray()) {
            Callables.call(cb, PyStr.of(phase), info);
        }
    }

    /**
     * {@code gc.is_tracked}: CPython tracks containers only; atoms never are, and a dict or
     * tuple holding only atoms is untracked (eagerly for dicts, at the first collection for tuples).
     */
    private static boolean isTracked(PyObject o) {
        if (isAtomic(o)) {
            return false;
        }
        if (o.getClass() == PyTuple.class) {
            for (PyObject x : ((PyTuple) o).array()) {
                if (isTracked(x)) {
                    return true;
                }
            }
            return false;
        }
        if (o.getClass() == PyDict.class) {
            PyDict d = (PyDict) o;
            for (int i = 0; i < d.size(); i++) {
                if (!isAtomic(d.keyAt(i)) || !isAtomic(d.valueAt(i)) && isTracked(d.valueAt(i))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isAtomic(PyObject o) {
        Class<?> c = o.getClass();
        return o == PyNone.NONE || c == PyInt.class || c == PyBool.class || c == PyFloat.class || c == PyStr.class
                || c == PyBytes.class || c == PyComplex.class;
    }
}
