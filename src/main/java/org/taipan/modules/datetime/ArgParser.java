package org.taipan.modules.datetime;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;

/**
 * Binds arguments as {@code PyArg_ParseTupleAndKeywords} does for the datetime constructors and
 * {@code replace}, with its messages: an unnamed function is "function" ("function missing
 * required argument 'day' (pos 3)", "'x' is an invalid keyword argument for this function").
 */
final class ArgParser {
    private ArgParser() {}

    /**
     * @param fname the method's name, or null for a constructor
     * @param positional how many parameters may be given by position (the rest are keyword-only)
     * @param required how many leading parameters are required
     * @return one slot per name, null where not given
     */
    static PyObject[] bind(String fname, PyObject[] a, String[] k, int positional, int required, String... names) {
        int npos = Args.positional(a, k);
        int nkw = k == null ? 0 : k.length;
        String who = fname == null ? "function" : fname + "()";
        if (npos + nkw > names.length) {
            throw Errors.typeError("%s takes at most %d argument%s (%d given)", who, names.length,
                    names.length == 1 ? "" : "s", npos + nkw);
        }
        if (npos > positional) {
            throw Errors.typeError("%s takes at most %d positional argument%s (%d given)", who, positional,
                    positional == 1 ? "" : "s", npos);
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, npos);
        int used = 0;
        for (int i = 0; i < names.length; i++) {
            PyObject byName = null;
            for (int j = 0; j < nkw; j++) {
                if (names[i].equals(k[j])) {
                    byName = a[npos + j];
                }
            }
            if (byName != null) {
                if (i < npos) {
                    throw Errors.typeError("argument for %s given by name ('%s') and position (%d)", who, names[i],
                            i + 1);
                }
                r[i] = byName;
                used++;
            } else if (r[i] == null && i < required) {
                throw Errors.typeError("%s missing required argument '%s' (pos %d)", who, names[i], i + 1);
            }
        }
        if (used < nkw) {
            for (String kw : k) {
                boolean known = false;
                for (String n : names) {
                    known |= n.equals(kw);
                }
                if (!known) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for %s", kw,
                            fname == null ? "this function" : fname + "()");
                }
            }
        }
        return r;
    }

    /** An int argument as {@code PyArg_Parse}'s "i": through {@code __index__}, within a C int. */
    static int cInt(PyObject o) {
        return Args.cInt(o);
    }
}
