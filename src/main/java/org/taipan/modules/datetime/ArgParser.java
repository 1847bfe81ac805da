package org.taipan.modules.datetime;

import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

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
        return bind(fname, a, k, positional, required, null, names);
    }

    /** Converts a given argument as its parameter's format unit does ("i", ...). */
    interface Converter {
        void convert(int index, PyObject value);
    }

    /**
     * Binds as {@link #bind(String, PyObject[], String[], int, int, String...)} and reads each
     * given argument but the one at {@code objectIndex} (tzinfo's "O"; -1 for none) into
     * {@code ints} as a C int.
     */
    static PyObject[] bindInts(String fname, PyObject[] a, String[] k, int positional, int required, int objectIndex,
            int[] ints, String... names) {
        return bind(fname, a, k, positional, required, (i, v) -> {
            if (i != objectIndex) {
                ints[i] = cInt(v);
            }
        }, names);
    }

    /**
     * The binding itself, in {@code vgetargskeywords}' order: each parameter in turn is converted
     * when given (so a bad earlier argument is reported before a missing later one) or must not
     * be required; a parameter also given by name, then an unknown keyword, are reported last.
     */
    private static PyObject[] bind(String fname, PyObject[] a, String[] k, int positional, int required,
            Converter convert, String... names) {
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
        int used = 0;
        for (int i = 0; i < names.length && (i < npos || used < nkw || i < required); i++) {
            PyObject v = null;
            if (i < npos) {
                v = a[i];
            } else {
                v = keyword(a, k, npos, names[i]);
                if (v != null) {
                    used++;
                }
            }
            if (v != null) {
                r[i] = v;
                if (convert != null) {
                    convert.convert(i, v);
                }
            } else if (i < required) {
                throw Errors.typeError("%s missing required argument '%s' (pos %d)", who, names[i], i + 1);
            }
        }
        for (int i = 0; i < npos && nkw > 0; i++) {
            if (keyword(a, k, npos, names[i]) != null) {
                throw Errors.typeError("argument for %s given by name ('%s') and position (%d)", who, names[i], i + 1);
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

    private static PyObject keyword(PyObject[] a, String[] k, int npos, String name) {
        if (k != null) {
            for (int j = 0; j < k.length; j++) {
                if (name.equals(k[j])) {
                    return a[npos + j];
                }
            }
        }
        return null;
    }

    /**
     * {@code PyArg_ParseTuple}'s count check for a function of {@code n} positional arguments
     * and no keywords ("fromordinal() takes exactly 1 argument (0 given)").
     *
     * @return the arguments
     */
    static PyObject[] exactly(String fname, PyObject[] a, String[] k, int n) {
        Args.noKeywords(fname, k);
        if (a.length != n) {
            throw Errors.typeError("%s() takes exactly %d argument%s (%d given)", fname, n, n == 1 ? "" : "s",
                    a.length);
        }
        return a;
    }

    /** A str argument as {@code PyArg_Parse}'s "U": "strptime() argument 2 must be str, not int". */
    static String str(String fname, int pos, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument %d must be str, not %s", fname, pos, Errors.argTypeName(o));
        }
        return s.toString();
    }

    /** A str argument as "s" reads it, a C string: no NUL in it ("embedded null character"). */
    static String cString(String fname, int pos, PyObject o) {
        String s = str(fname, pos, o);
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        return s;
    }

    /** An int argument as {@code PyArg_Parse}'s "i": through {@code __index__}, within a C int. */
    static int cInt(PyObject o) {
        return Args.cInt(o);
    }
}
