package org.taipan.modules.warnings;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.ThreadState;

/**
 * The {@code _warnings} module (CPython's {@code Python/_warnings.c}): {@code warn},
 * {@code warn_explicit}, {@code filters}, {@code _defaultaction}, {@code _onceregistry} and
 * {@code _filters_mutated}, over the interpreter's {@link WarningsState}; the work is in
 * {@link Warnings}.
 */
public final class WarningsModule {
    private WarningsModule() {}

    /** Builds the module for {@code interp}. */
    public static PyModule create(Interpreter interp) {
        WarningsState st = WarningsState.of(interp);
        PyModule m = new PyModule("_warnings", true);
        m.set("filters", st.filters);
        m.set("_onceregistry", st.onceRegistry);
        m.set("_defaultaction", st.defaultAction);
        m.set("warn", new PyBuiltinFunction("warn", (a, k) -> {
            PyObject[] b = MethodArgs.bind("warn", a, k, 0, "message", "category", "stacklevel", "source");
            PyObject message = MethodArgs.required("warn", b, 0, "message");
            long level = 1;
            if (b[2] != null) {
                PyInt i = PyInt.asInt(b[2]);
                if (i == null) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", b[2].type().name());
                }
                level = i.fitsLong() ? i.longValue() : (i.bigValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            }
            Warnings.warn(ThreadState.current(), message, b[1], level, b[3] == PyNone.NONE ? null : b[3]);
            return PyNone.NONE;
        }));
        m.set("warn_explicit", new PyBuiltinFunction("warn_explicit", (a, k) -> {
            PyObject[] b = MethodArgs.bind("warn_explicit", a, k, 0, "message", "category", "filename", "lineno",
                    "module", "registry", "module_globals", "source");
            PyObject message = MethodArgs.required("warn_explicit", b, 0, "message");
            PyObject category = MethodArgs.required("warn_explicit", b, 1, "category");
            PyObject filename = MethodArgs.required("warn_explicit", b, 2, "filename");
            PyObject lineno = MethodArgs.required("warn_explicit", b, 3, "lineno");
            if (!(filename instanceof PyStr fn)) {
                throw Errors.typeError("warn_explicit() argument 3 must be str, not %s", filename.type().name());
            }
            PyInt ln = PyInt.asInt(lineno);
            if (ln == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", lineno.type().name());
            }
            if (b[6] != null && b[6] != PyNone.NONE && !(b[6] instanceof PyDict)) {
                throw Errors.typeError("module_globals must be a dict, not '%s'", b[6].type().name());
            }
            PyType cat = category instanceof PyType t ? t : null;
            if (cat == null && !org.taipan.runtime.Abstract.isInstance(message, org.taipan.runtime.ExceptionTypes.Warning)) {
                throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type().name());
            }
            Warnings.warnExplicit(interp, message, cat, fn, ln.intValue(), b[4] == PyNone.NONE ? null : b[4], b[5],
                    b[7] == null || b[7] == PyNone.NONE ? null : b[7]);
            return PyNone.NONE;
        }));
        m.set("_filters_mutated", new PyBuiltinFunction("_filters_mutated", (a, k) -> {
            Args.noArgs("_filters_mutated", a, k);
            st.version++;
            return PyNone.NONE;
        }));
        return m;
    }
}
