package org.taipan.modules.posix;

import java.util.ArrayList;
import java.util.List;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * {@code os.register_at_fork(*, before, after_in_child, after_in_parent)}: the arguments checked
 * as CPython checks them and the callables kept per interpreter, in registration order. Taipan has
 * no {@code fork} (a JVM cannot fork), so they are never called; keeping them means a library that
 * registers hooks at import ({@code random}, {@code logging}, {@code threading}) runs unchanged.
 */
final class ForkHooks {

    final List<PyObject> before = new ArrayList<>();
    final List<PyObject> afterInChild = new ArrayList<>();
    final List<PyObject> afterInParent = new ArrayList<>();

    private ForkHooks() {}

    /**
     * Registers {@code register_at_fork}.
     *
     * @throws org.taipan.runtime.PyException (from the function) TypeError "register_at_fork()
     *     takes no positional arguments", "At least one argument is required.", "'before' must be
     *     callable, not int", or for an unknown keyword
     */
    static void register(PyModule m, Interpreter interp) {
        PosixModule.def(m, "register_at_fork", (a, k) -> {
            int npos = org.taipan.runtime.Args.positional(a, k);
            if (npos > 0) {
                throw Errors.typeError("register_at_fork() takes no positional arguments");
            }
            PyObject[] b = org.taipan.runtime.MethodArgs.bind("register_at_fork", a, k, 0, "before", "after_in_child",
                    "after_in_parent");
            if (b[0] == null && b[1] == null && b[2] == null) {
                throw Errors.typeError("At least one argument is required.");
            }
            String[] names = {"before", "after_in_child", "after_in_parent"};
            for (int i = 0; i < 3; i++) {
                if (b[i] != null && b[i].type().tp_call == null) {
                    throw Errors.typeError("'%s' must be callable, not %s", names[i], b[i].type().name());
                }
            }
            ForkHooks h = of(interp);
            synchronized (h) {
                if (b[0] != null) {
                    h.before.add(b[0]);
                }
                if (b[1] != null) {
                    h.afterInChild.add(b[1]);
                }
                if (b[2] != null) {
                    h.afterInParent.add(b[2]);
                }
            }
            return PyNone.NONE;
        });
    }

    /** The hooks of {@code interp}, made on first use. */
    static ForkHooks of(Interpreter interp) {
        return interp.moduleState(ForkHooks.class, ForkHooks::new);
    }
}
