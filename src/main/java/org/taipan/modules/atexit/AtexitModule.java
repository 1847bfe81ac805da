package org.taipan.modules.atexit;

import java.util.ArrayList;
import java.util.List;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * The builtin module {@code atexit} (CPython's {@code Modules/atexitmodule.c}): callbacks the
 * interpreter runs when the program ends ({@link #runExitFuncs}, called by
 * {@code Interpreter} after the main module and before finalizers), last registered first. A
 * callback's exception is reported as "Exception ignored in atexit callback: ..." and the others
 * still run. The callbacks belong to the interpreter, not to the module object. As in CPython
 * 3.11, {@code unregister} empties the slots of the matching callbacks without shrinking the
 * table, so {@code _ncallbacks()} still counts them until the table is cleared.
 */
public final class AtexitModule {
    private AtexitModule() {}

    private record Callback(PyObject func, PyObject[] args, String[] kwnames) {}

    /** An interpreter's registered callbacks, in registration order (its module state). */
    @SuppressWarnings("serial")
    private static final class Callbacks extends ArrayList<Callback> {}

    private static List<Callback> callbacks(Interpreter interp) {
        return interp.moduleState(Callbacks.class, Callbacks::new);
    }

    /** A new {@code atexit} module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("atexit", true);
        List<Callback> list = callbacks(interp);
        m.def("register", (a, k) -> {
            int npos = Args.positional(a, k);
            if (npos < 1) {
                throw Errors.typeError("register() takes at least 1 argument (0 given)");
            }
            PyObject func = a[0];
            if (func.type().tp_call == null) {
                throw Errors.typeError("the first argument must be callable");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            synchronized (list) {
                list.add(new Callback(func, rest, k == null || k.length == 0 ? null : k.clone()));
            }
            return func;
        });
        m.def("unregister", (a, k) -> {
            PyObject func = Args.oneArg("unregister", a, k);
            List<Callback> snapshot;
            synchronized (list) {
                snapshot = new ArrayList<>(list);
            }
            for (int i = 0; i < snapshot.size(); i++) {
                Callback c = snapshot.get(i);
                // Equality may run Python code, so it is tested outside the lock.
                if (c != null && Abstract.richCompareBool(c.func, func, CompareOp.EQ)) {
                    synchronized (list) {
                        int at = list.indexOf(c);
                        if (at >= 0) {
                            list.set(at, null);
                        }
                    }
                }
            }
            return PyNone.NONE;
        });
        m.def("_clear", (a, k) -> {
            Args.noArgs("_clear", a, k);
            synchronized (list) {
                list.clear();
            }
            return PyNone.NONE;
        });
        m.def("_ncallbacks", (a, k) -> {
            Args.noArgs("_ncallbacks", a, k);
            synchronized (list) {
                return PyInt.of(list.size());
            }
        });
        m.def("_run_exitfuncs", (a, k) -> {
            Args.noArgs("_run_exitfuncs", a, k);
            runExitFuncs(interp);
            return PyNone.NONE;
        });
        return m;
    }

    /**
     * Runs and forgets the registered callbacks, last first (CPython's {@code atexit_callfuncs});
     * an exception from one is written as unraisable and the rest still run.
     */
    public static void runExitFuncs(Interpreter interp) {
        List<Callback> list;
        list = interp.existingModuleState(Callbacks.class);
        if (list == null) {
            return;
        }
        while (true) {
            Callback c;
            synchronized (list) {
                if (list.isEmpty()) {
                    return;
                }
                c = list.remove(list.size() - 1);
            }
            if (c == null) {
                continue;
            }
            try {
                Callables.call(c.func, c.args, c.kwnames);
            } catch (PyException e) {
                interp.finalization().writeUnraisable(e.value, "Exception ignored in atexit callback", c.func);
            }
        }
    }
}
