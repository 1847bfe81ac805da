package org.taipan.runtime;

/**
 * Argument checking for methods and functions written in Java, with CPython's messages
 * (those of Argument Clinic's generated parsers).
 */
public final class Args {
    private Args() {}

    /** The number of positional arguments in a vectorcall argument array. */
    public static int positional(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** Rejects any keyword argument: "f() takes no keyword arguments". */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", fname);
        }
    }

    /**
     * A builtin constructor's keyword check as CPython 3.11 makes it in {@code tp_new} (bpo-43413:
     * {@code tuple_new}, {@code float_new}, {@code frozenset_new}, {@code map_new}, ...): keywords
     * are refused for the type itself and for subclasses that keep its {@code __init__}, and left
     * to a subclass's own {@code __init__} otherwise.
     *
     * @throws PyException TypeError "f() takes no keyword arguments"
     */
    public static void noKeywordsForNew(String fname, PyType type, PyType base, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && (type == base || type.lookup("__init__") == base.lookup("__init__"))) {
            noKeywords(fname, kwnames);
        }
    }

    /**
     * The same check in {@code tp_init} ({@code list___init__}, {@code set_init}): refused unless
     * {@code self}'s class has a {@code __new__} of its own.
     *
     * @throws PyException TypeError "f() takes no keyword arguments"
     */
    public static void noKeywordsForInit(String fname, PyObject self, PyType base, String[] kwnames) {
        PyType type = self.type();
        if (kwnames != null && kwnames.length > 0 && (type == base || type.lookup("__new__") == base.lookup("__new__"))) {
            noKeywords(fname, kwnames);
        }
    }

    /**
     * An argument read as a C {@code int}, as {@code PyArg_Parse}'s "i" reads it: through
     * {@code __index__}, as a C long first.
     *
     * @throws PyException TypeError for a non-integer; OverflowError "Python int too large to
     *     convert to C long" outside a Java long, "signed integer is greater than maximum" /
     *     "... less than minimum" outside a Java int
     */
    public static int cInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        if (i.longValue() > Integer.MAX_VALUE) {
            throw Errors.overflow("signed integer is greater than maximum");
        }
        if (i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("signed integer is less than minimum");
        }
        return (int) i.longValue();
    }

    /**
     * An argument read as a C {@code int} by Argument Clinic's {@code int} converter
     * ({@code _PyLong_AsInt}, through {@code __index__}): unlike {@link #cInt}, every value
     * outside a C int gets the same message.
     *
     * @throws PyException TypeError for a non-integer; OverflowError "Python int too large to
     *     convert to C int"
     */
    public static int clinicInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** The positional arguments of a vectorcall argument array (itself when there are no keywords). */
    public static PyObject[] positionalPart(PyObject[] args, String[] kwnames) {
        return kwnames == null || kwnames.length == 0 ? args : java.util.Arrays.copyOf(args, positional(args, kwnames));
    }

    /** "f() takes no arguments (1 given)". */
    public static void noArgs(String fname, PyObject[] args, String[] kwnames) {
        noKeywords(fname, kwnames);
        if (args.length != 0) {
            throw Errors.typeError("%s() takes no arguments (%d given)", fname, args.length);
        }
    }

    /**
     * A slot wrapper's argument check ({@code int.__add__}, {@code list.__len__}...): CPython's
     * {@code wrapperdescr_call} refuses keywords ("wrapper __add__() takes no keyword arguments")
     * and {@code check_num_args} wants exactly {@code n} positionals ("expected 1 argument, got 0").
     *
     * @param name the dunder name, e.g. {@code "__add__"}
     * @param n    the positional count the slot takes, 0 to 2
     * @throws PyException TypeError as above
     */
    public static void wrapper(String name, PyObject[] args, String[] kwnames, int n) {
        wrapperNoKeywords(name, kwnames);
        if (args.length != n) {
            throw Errors.typeError("expected %d argument%s, got %d", n, n == 1 ? "" : "s", args.length);
        }
    }

    /**
     * A slot wrapper taking {@code min..max} positionals, as CPython's wrappers check them with
     * {@code PyArg_UnpackTuple(args, "", min, max)}: the empty function name leaves the message
     * a leading space (" expected at least 1 argument, got 0"), which CPython shows as is.
     *
     * @throws PyException TypeError for keywords or a count outside {@code min..max}
     */
    public static void wrapperRange(String name, PyObject[] args, String[] kwnames, int min, int max) {
        wrapperNoKeywords(name, kwnames);
        check("", args, null, min, max);
    }

    private static void wrapperNoKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("wrapper %s() takes no keyword arguments", name);
        }
    }

    /** The single positional argument: "f() takes exactly one argument (0 given)". */
    public static PyObject oneArg(String fname, PyObject[] args, String[] kwnames) {
        noKeywords(fname, kwnames);
        if (args.length != 1) {
            throw Errors.typeError("%s() takes exactly one argument (%d given)", fname, args.length);
        }
        return args[0];
    }

    /** Checks {@code min..max} positional arguments and no keywords, with CPython's messages. */
    public static void check(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n < min || n > max) {
            if (min == max) {
                throw Errors.typeError("%s expected %d argument%s, got %d", fname, min, min == 1 ? "" : "s", n);
            }
            if (n < min) {
                throw Errors.typeError("%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", n);
            }
            throw Errors.typeError("%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", n);
        }
    }

    /**
     * {@code PyArg_ParseTuple}'s checks for a function of {@code min..max} positionals and no
     * keywords ({@code "y*|i:send"}): keywords are "socket.send() takes no keyword arguments"
     * ({@code fname} as given, a method's qualified by its type), a count outside the range
     * "send() takes at most 2 arguments (3 given)" (the bare name, as the format string gives it).
     *
     * @throws PyException TypeError as above
     */
    public static void parseTupleCount(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", fname);
        }
        int n = args.length;
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            throw Errors.typeError("%s() takes %s %d argument%s (%d given)", fname.substring(fname.lastIndexOf('.') + 1),
                    min == max ? "exactly" : n < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
        }
    }

    /** A string argument to an attribute function. */
    public static PyStr strArg(String fname, PyObject[] args, String[] kwnames) {
        return str(oneArg(fname, args, kwnames));
    }

    /** {@code o} as an attribute name: "attribute name must be string, not 'int'". */
    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '%s'", o.type().name());
    }

    /** The value of keyword {@code name} or null; positional arguments are not searched. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /**
     * Rejects a parameter passed both by position and by keyword, as Argument Clinic's parsers
     * ({@code _PyArg_UnpackKeywords}) do, the first such parameter in order.
     *
     * @param params the parameters' names in their positional order
     * @throws PyException TypeError "argument for f() given by name ('x') and position (1)"
     */
    public static void notAlsoByName(String fname, PyObject[] args, String[] kwnames, String... params) {
        if (kwnames == null) {
            return;
        }
        int npos = positional(args, kwnames);
        for (int p = 0; p < npos && p < params.length; p++) {
            if (keyword(args, kwnames, params[p]) != null) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fname, params[p], p + 1);
            }
        }
    }

    /** Rejects keywords outside {@code allowed}: "'foo' is an invalid keyword argument for print()". */
    public static void onlyKeywords(String fname, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.typeError("'%s' is an invalid keyword argument for %s()", k, fname);
        }
    }
}
