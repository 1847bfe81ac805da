package org.taipan.runtime;

/**
 * Binds the arguments of a method written in Java to its parameters as Argument Clinic's
 * generated parsers do: the first {@code posOnly} parameters are positional-only, the others
 * positional-or-keyword; absent ones are null. Raises CPython's TypeErrors ("split() takes at
 * most 2 arguments (3 given)", "'x' is an invalid keyword argument for split()", "argument for
 * split() given by name ('sep') and position (1)").
 */
public final class MethodArgs {
    private MethodArgs() {}

    /**
     * Binds {@code a} (positional values, then one per name in {@code k}) to {@code names}.
     *
     * @return one slot per name, null where the argument was not given
     * @throws PyException TypeError for too many, unknown or duplicate arguments
     */
    public static PyObject[] bind(String fname, PyObject[] a, String[] k, int posOnly, String... names) {
        int npos = Args.positional(a, k);
        if (npos > names.length) {
            throw Errors.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", npos);
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, npos);
        if (k != null && k.length > 0) {
            if (posOnly >= names.length) {
                throw Errors.typeError("%s() takes no keyword arguments", fname);
            }
            for (int i = 0; i < k.length; i++) {
                int at = -1;
                for (int j = posOnly; j < names.length; j++) {
                    if (names[j].equals(k[i])) {
                        at = j;
                    }
                }
                if (at < 0) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for %s()", k[i], fname);
                }
                if (r[at] != null) {
                    throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, k[i],
                            at + 1);
                }
                r[at] = a[npos + i];
            }
        }
        return r;
    }

    /** Requires parameter {@code i} (0-based) of a bound array: "f() missing required argument 'x' (pos 1)". */
    public static PyObject required(String fname, PyObject[] bound, int i, String name) {
        if (bound[i] == null) {
            throw Errors.typeError("%s() missing required argument '%s' (pos %d)", fname, name, i + 1);
        }
        return bound[i];
    }

    /** An index-like argument ({@code __index__}) as a Java long, saturating as CPython's Py_ssize_t clamp does not. */
    static long index(PyObject o) {
        if (PyInt.asInt(o) == null && o.type().nb_index == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        return Abstract.index(o, null).ssizeValue();
    }
}
