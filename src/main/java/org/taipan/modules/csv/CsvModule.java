package org.taipan.modules.csv;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _csv} module (CPython 3.11's {@code Modules/_csv.c}) under the standard library's
 * {@code csv.py}: {@code reader}, {@code writer}, {@code Dialect}, the dialect registry
 * ({@code register_dialect}, {@code unregister_dialect}, {@code get_dialect},
 * {@code list_dialects}, {@code _dialects}), {@code field_size_limit}, {@code Error}, the
 * {@code QUOTE_*} constants and {@code __version__}.
 */
public final class CsvModule {
    private CsvModule() {}

    private static final String DOC = "CSV parsing and writing.\n\nThis module provides classes that assist in the "
            + "reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\n"
            + "described by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally "
            + "defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with "
            + "something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: "
            + "reading, writing, and registration of dialects.\n";

    /**
     * The first one or two positional arguments ({@code PyArg_UnpackTuple(args, "", 1, 2)}):
     * TypeError " expected at least 1 argument, got 0" (CPython gives no function name).
     */
    private static PyObject[] unpack(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 1) {
            throw Errors.typeError(" expected at least 1 argument, got %d", npos);
        }
        if (npos > 2) {
            throw Errors.typeError(" expected at most 2 arguments, got %d", npos);
        }
        return new PyObject[] {a[0], npos > 1 ? a[1] : null};
    }

    /** {@code _call_dialect}: {@code Dialect(base, **keywords)} with the keywords that follow the positionals. */
    private static CsvDialect dialect(CsvState state, PyObject base, PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        PyObject[] args = new PyObject[(base == null ? 0 : 1) + nk];
        if (base != null) {
            args[0] = base;
        }
        System.arraycopy(a, a.length - nk, args, args.length - nk, nk);
        return CsvDialect.create(state, state.dialectType, CsvDialect.bind(args, nk == 0 ? null : k));
    }

    /** Builds the module. */
    public static PyModule create() {
        CsvState state = new CsvState();
        PyModule m = new PyModule("_csv", true);
        m.set("__doc__", PyStr.of(DOC));
        m.set("__version__", PyStr.of("1.0"));
        m.set("QUOTE_MINIMAL", PyInt.of(CsvDialect.QUOTE_MINIMAL));
        m.set("QUOTE_ALL", PyInt.of(CsvDialect.QUOTE_ALL));
        m.set("QUOTE_NONNUMERIC", PyInt.of(CsvDialect.QUOTE_NONNUMERIC));
        m.set("QUOTE_NONE", PyInt.of(CsvDialect.QUOTE_NONE));
        m.set("Dialect", state.dialectType);
        m.set("Reader", CsvReader.TYPE);
        m.set("Writer", CsvWriter.TYPE);
        m.set("Error", CsvState.ERROR);
        m.set("_dialects", state.dialects);
        m.def("reader", (a, k) -> {
            PyObject[] p = unpack(a, k);
            PyObject input = Abstract.iter(p[0]);
            return new CsvReader(state, input, dialect(state, p[1], a, k));
        });
        m.def("writer", (a, k) -> {
            PyObject[] p = unpack(a, k);
            PyObject write = Abstract.lookupAttr(p[0], PyStr.of("write"));
            if (write == null || write.type().tp_call == null) {
                throw Errors.typeError("argument 1 must have a \"write\" method");
            }
            return new CsvWriter(write, dialect(state, p[1], a, k));
        });
        m.def("register_dialect", (a, k) -> {
            PyObject[] p = unpack(a, k);
            if (!(p[0] instanceof PyStr)) {
                throw Errors.typeError("dialect name must be a string");
            }
            state.dialects.setItem(p[0], dialect(state, p[1], a, k));
            return PyNone.NONE;
        });
        m.def("unregister_dialect", (a, k) -> {
            PyObject name = nameArg("unregister_dialect", a, k);
            if (state.dialects.pop(name) == null) {
                throw CsvState.error("unknown dialect");
            }
            return PyNone.NONE;
        });
        m.def("get_dialect", (a, k) -> CsvDialect.lookup(state, nameArg("get_dialect", a, k)));
        m.def("list_dialects", (a, k) -> {
            Args.noArgs("list_dialects", a, k);
            PyList names = new PyList();
            PyObject it = Abstract.iter(state.dialects);
            for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
                names.append(n);
            }
            return names;
        });
        m.def("field_size_limit", (a, k) -> {
            Args.onlyKeywords("field_size_limit", k, "new_limit");
            if (a.length > 1) {
                throw Errors.typeError("field_size_limit() takes at most 1 argument (%d given)", a.length);
            }
            long old = state.fieldLimit;
            if (a.length == 1) {
                PyObject limit = a[0];
                if (limit.getClass() != PyInt.class) {
                    throw Errors.typeError("limit must be an integer");
                }
                state.fieldLimit = ((PyInt) limit).ssizeValue();
            }
            return PyInt.of(old);
        });
        return m;
    }

    /** The one {@code name} argument, by position or keyword. */
    private static PyObject nameArg(String fname, PyObject[] a, String[] k) {
        Args.onlyKeywords(fname, k, "name");
        if (a.length > 1) {
            throw Errors.typeError("%s() takes at most 1 argument (%d given)", fname, a.length);
        }
        if (a.length == 0) {
            throw Errors.typeError("%s() missing required argument 'name' (pos 1)", fname);
        }
        return a[0];
    }
}
