package org.taipan.modules.io;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;

/**
 * Argument parsing for the {@code _io} functions and methods, with the messages of CPython's
 * Argument Clinic parsers ({@code "open() missing required argument 'file' (pos 1)"}, ...).
 */
final class IOArgs {
    private IOArgs() {}

    /**
     * Binds positional and keyword arguments to {@code names}.
     *
     * @param required how many leading parameters must be given
     * @return one slot per name, null where the argument was not given
     * @throws org.taipan.runtime.PyException TypeError for too many, unknown, duplicate or missing arguments
     */
    static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, int required, String... names) {
        PyObject[] out = MethodArgs.bind(fname, args, kwnames, 0, names);
        for (int j = 0; j < required; j++) {
            MethodArgs.required(fname, out, j, names[j]);
        }
        return out;
    }

    /** A size argument: None (or absent) is -1 (CPython's {@code _Py_convert_optional_to_ssize_t}). */
    static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (PyInt.asInt(o) == null && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '%s'", o.type().name());
        }
        PyInt i = Abstract.index(o, null);
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? -1 : Long.MAX_VALUE;
    }

    /** An int argument ({@code __index__}) as a long. */
    static long integer(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** A str-or-None argument: null for None or absent. */
    static String optionalString(PyObject o, String fname, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof org.taipan.runtime.PyStr s)) {
            throw Errors.typeError("%s() argument '%s' must be str or None, not %s", fname, what, o.type().name());
        }
        return s.toString();
    }

    /**
     * A str argument as Argument Clinic's {@code str} converter reads it into a C string: None
     * gives null; a lone surrogate is the UTF-8 codec's UnicodeEncodeError, a NUL is ValueError
     * "embedded null character".
     */
    static String cString(PyObject o, String fname, String what) {
        String s = optionalString(o, fname, what);
        if (s != null) {
            org.taipan.runtime.Codecs.encode((org.taipan.runtime.PyStr) o, "utf-8", "strict");
            if (s.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null character");
            }
        }
        return s;
    }

    /** Whether the interpreter runs in UTF-8 mode ({@code -X utf8}, {@code PYTHONUTF8}). */
    static boolean utf8Mode() {
        return org.taipan.runtime.ThreadState.current().interpreter.options().startup().utf8Mode() != 0;
    }

    /**
     * The EncodingWarning of PEP 597 that {@code open()} and {@code TextIOWrapper} give for a text
     * stream without an encoding under {@code -X warn_default_encoding}, attributed to their caller.
     */
    static void warnDefaultEncoding() {
        warnDefaultEncoding(1);
    }

    static void warnDefaultEncoding(int stacklevel) {
        if (org.taipan.runtime.ThreadState.current().interpreter.options().startup().warnDefaultEncoding() != 0) {
            org.taipan.modules.warnings.Warnings.warn(org.taipan.runtime.ExceptionTypes.EncodingWarning,
                    "'encoding' argument not specified", stacklevel);
        }
    }

    /**
     * In development mode ({@code -X dev}) a text stream's error handler must exist when it is
     * made, as {@code _PyUnicode_CheckEncodingErrors} checks, not at the first encoding error.
     *
     * @throws org.taipan.runtime.PyException LookupError "unknown error handler name 'x'"
     */
    static void checkErrorsInDevMode(String errors) {
        if (errors != null && devMode()) {
            org.taipan.runtime.Codecs.requireErrorHandler(errors);
        }
    }

    /** Whether the running interpreter is in development mode ({@code -X dev}, {@code PYTHONDEVMODE}). */
    static boolean devMode() {
        // (the interpreter's own standard streams are made before it runs on this thread)
        org.taipan.runtime.ThreadState ts = org.taipan.runtime.ThreadState.currentOrNull();
        return ts != null && ts.interpreter.options().devMode();
    }
}
