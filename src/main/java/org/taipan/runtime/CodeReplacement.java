package org.taipan.runtime;

import org.taipan.code.CodeObject;

/**
 * The Python entry points that make code objects: {@code types.CodeType(...)} (CPython 3.11's
 * {@code code_new}, 16 to 18 positional arguments) and {@code code.replace(**changes)}
 * ({@code code_replace}, keyword-only), their arguments converted as Argument Clinic converts
 * them; {@link CodeConstruction} builds the result.
 */
final class CodeReplacement {
    private CodeReplacement() {}

    private static final String[] REPLACEABLE = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
        "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable"};

    /**
     * {@code code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
     * constants, names, varnames, filename, name, qualname, firstlineno, linetable,
     * exceptiontable, freevars=(), cellvars=(), /)}.
     *
     * @throws PyException TypeError for keywords, a wrong number of arguments or an argument of
     *         the wrong type; the ValueErrors of {@link CodeConstruction#make}
     */
    static PyCode construct(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("code() takes no keyword arguments");
        }
        if (a.length < 16) {
            throw Errors.typeError("code expected at least 16 arguments, got %d", a.length);
        }
        if (a.length > 18) {
            throw Errors.typeError("code expected at most 18 arguments, got %d", a.length);
        }
        return CodeConstruction.make(new CodeConstruction.Fields(Args.clinicInt(a[0]), Args.clinicInt(a[1]),
                Args.clinicInt(a[2]), Args.clinicInt(a[3]), Args.clinicInt(a[4]), Args.clinicInt(a[5]),
                bytes("code", "argument 7", a[6]), consts("code", "argument 8", a[7]), names("code", "argument 9", a[8]),
                names("code", "argument 10", a[9]), str("code", "argument 11", a[10]), str("code", "argument 12", a[11]),
                str("code", "argument 13", a[12]), Args.clinicInt(a[13]), bytes("code", "argument 15", a[14]),
                bytes("code", "argument 16", a[15]), a.length > 16 ? names("code", "argument 17", a[16]) : new String[0],
                a.length > 17 ? names("code", "argument 18", a[17]) : new String[0]), true);
    }

    /**
     * {@code code.replace(**changes)}: a code object equal to {@code code} but for the fields
     * named. Changing only names, flags, the first line or the location table keeps the
     * instructions as they are; any other change builds the code anew from its fields.
     *
     * @throws PyException TypeError for a positional argument, an unknown keyword or a value of
     *         the wrong type; the ValueErrors of {@link CodeConstruction#make}
     */
    static PyCode replace(PyCode code, PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length > nk) {
            throw Errors.typeError("replace() takes no positional arguments");
        }
        CodeObject c = code.code;
        PyObject[] given = new PyObject[REPLACEABLE.length];
        int base = a.length - nk;
        boolean structural = false;
        for (int i = 0; i < nk; i++) {
            int field = java.util.Arrays.asList(REPLACEABLE).indexOf(k[i]);
            if (field < 0) {
                throw Errors.typeError("'%s' is an invalid keyword argument for replace()", k[i]);
            }
            given[field] = a[base + i];
            // a new exception table is read and checked as a whole new code object is
            structural |= field < 5 || field >= 7 && field <= 12 || field == 17;
            if (field <= 6 && Args.clinicInt(given[field]) < 0) {
                throw Errors.valueError("%s must be a positive integer", k[i]);
            }
        }
        int flags = given[5] != null ? Args.clinicInt(given[5]) : c.flags;
        int firstlineno = given[6] != null ? Args.clinicInt(given[6]) : c.firstlineno;
        String filename = given[13] != null ? str("replace", "argument 'co_filename'", given[13]) : c.filename;
        String name = given[14] != null ? str("replace", "argument 'co_name'", given[14]) : c.name;
        String qualname = given[15] != null ? str("replace", "argument 'co_qualname'", given[15]) : c.qualname;
        byte[] lineTable = given[16] != null ? bytes("replace", "argument 'co_linetable'", given[16]) : null;
        byte[] handlerTable = given[17] != null ? bytes("replace", "argument 'co_exceptiontable'", given[17]) : null;
        if (structural) {
            return CodeConstruction.make(new CodeConstruction.Fields(
                    given[0] != null ? Args.clinicInt(given[0]) : c.argcount,
                    given[1] != null ? Args.clinicInt(given[1]) : c.posonlyargcount,
                    given[2] != null ? Args.clinicInt(given[2]) : c.kwonlyargcount,
                    given[3] != null ? Args.clinicInt(given[3]) : c.nlocals,
                    given[4] != null ? Args.clinicInt(given[4]) : code.stacksize(), flags,
                    given[7] != null ? bytes("replace", "argument 'co_code'", given[7]) : code.codeBytes(),
                    given[8] != null ? consts("replace", "argument 'co_consts'", given[8]) : code.consts.clone(),
                    given[9] != null ? names("replace", "argument 'co_names'", given[9]) : c.names,
                    given[10] != null ? names("replace", "argument 'co_varnames'", given[10]) : c.varnames,
                    filename, name, qualname, firstlineno,
                    lineTable != null ? lineTable : code.lineTable(),
                    handlerTable != null ? handlerTable : code.exceptionTableBytes(),
                    given[11] != null ? names("replace", "argument 'co_freevars'", given[11]) : c.freevars,
                    given[12] != null ? names("replace", "argument 'co_cellvars'", given[12]) : c.cellvars), false);
        }
        // the location table counts lines from co_firstlineno: a new first line moves every line, as in CPython
        int[][] positions = lineTable != null || firstlineno != c.firstlineno
                ? code.layout().positionsFrom(lineTable != null ? lineTable : code.lineTable(), firstlineno)
                : new int[][] {c.lines, c.endLines, c.cols, c.endCols};
        return code.withFields(new CodeObject(name, qualname, filename, firstlineno, c.argcount, c.posonlyargcount,
                c.kwonlyargcount, flags, c.stacksize, c.varnames, c.cellvars, c.freevars, c.names, c.consts,
                c.localsplusNames, c.localsplusKinds, c.code, c.exceptionTable, positions[0], positions[1],
                positions[2], positions[3]), lineTable);
    }

    /** The type name an argument error gives ({@code _PyArg_BadArgument} names None itself). */
    private static String typeName(PyObject v) {
        return v == PyNone.NONE ? "None" : v.type().name();
    }

    /** A {@code bytes} argument (Argument Clinic's {@code PyBytes_Type} subclass converter). */
    private static byte[] bytes(String fname, String which, PyObject v) {
        if (!(v instanceof PyBytes b)) {
            throw Errors.typeError("%s() %s must be bytes, not %s", fname, which, typeName(v));
        }
        return b.bytes().clone();
    }

    private static PyObject[] consts(String fname, String which, PyObject v) {
        if (!(v instanceof PyTuple t)) {
            throw Errors.typeError("%s() %s must be tuple, not %s", fname, which, typeName(v));
        }
        return t.array().clone();
    }

    /**
     * A tuple of names: strs only, as the constructor's {@code validate_and_copy_tuple} (TypeError)
     * and {@code replace()}'s {@code intern_strings} (SystemError) check them.
     */
    private static String[] names(String fname, String which, PyObject v) {
        PyObject[] items = consts(fname, which, v);
        String[] r = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                if (fname.equals("replace")) {
                    throw Errors.of(ExceptionTypes.SystemError, "non-string found in code slot");
                }
                throw Errors.typeError("name tuples must contain only strings, not '%s'", items[i].type().name());
            }
            r[i] = s.toString();
        }
        return r;
    }

    private static String str(String fname, String which, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s() %s must be str, not %s", fname, which, typeName(v));
        }
        return s.toString();
    }
}
