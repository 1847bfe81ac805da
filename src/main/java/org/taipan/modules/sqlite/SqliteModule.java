package org.taipan.modules.sqlite;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.PyBool;

/**
 * The {@code _sqlite3} module (CPython 3.11's {@code Modules/_sqlite/module.c}) under the
 * standard library's {@code sqlite3} package, on SQLite as sqlite-jdbc ships it:
 * {@code connect}, the types {@code Connection}, {@code Cursor}, {@code Row} and
 * {@code PrepareProtocol}, the DB-API exceptions, adapters and converters
 * ({@code register_adapter}, {@code register_converter}, {@code adapt}, {@code adapters},
 * {@code converters}), {@code complete_statement}, {@code enable_callback_tracebacks}, the
 * version attributes and the {@code SQLITE_*} and {@code PARSE_*} constants.
 */
public final class SqliteModule {
    private SqliteModule() {}

    /** Builds the module for the calling interpreter. */
    public static PyModule create() {
        SqliteState state = SqliteState.current();
        PyModule m = new PyModule("_sqlite3", true);
        m.set("Connection", ConnectionMethods.TYPE);
        m.set("Cursor", PyCursor.TYPE);
        m.set("Row", PyRow.TYPE);
        m.set("PrepareProtocol", Adapters.PREPARE_PROTOCOL);
        for (PyType e : SqliteErrors.ALL) {
            m.set(e.name(), e);
        }
        m.set("PARSE_DECLTYPES", PyInt.of(PyCursor.PARSE_DECLTYPES));
        m.set("PARSE_COLNAMES", PyInt.of(PyCursor.PARSE_COLNAMES));
        addCodes(m, SqliteErrors.RESULT_CODES);
        addCodes(m, SqliteErrors.OTHER_CODES);
        m.set("version", PyStr.of("2.6.0"));
        m.set("threadsafety", PyInt.of(1));
        m.set("sqlite_version", PyStr.of(SqliteLibrary.version()));
        m.set("adapters", state.adapters);
        m.set("converters", state.converters);
        m.def("connect", (a, k) -> {
            PyObject[] v = MethodArgs.bind("connect", a, k, 0, PyConnection.INIT_PARAMS);
            PyObject factory = v[5] == null ? ConnectionMethods.TYPE : v[5];
            // The factory gets connect()'s arguments as they are; Connection.__init__ ignores factory.
            return Callables.call(factory, a, k == null || k.length == 0 ? null : k);
        });
        m.def("register_adapter", (a, k) -> {
            Args.noKeywords("register_adapter", k);
            Args.check("register_adapter", a, k, 2, 2);
            Adapters.register(state, a[0], a[1]);
            return PyNone.NONE;
        });
        m.def("register_converter", (a, k) -> {
            Args.noKeywords("register_converter", k);
            Args.check("register_converter", a, k, 2, 2);
            if (!(a[0] instanceof PyStr name)) {
                throw Errors.typeError("register_converter() argument 1 must be str, not %s", a[0].type().name());
            }
            state.converters.setItem(Callables.callAttr(name, "upper"), a[1]);
            return PyNone.NONE;
        });
        m.def("adapt", (a, k) -> {
            Args.noKeywords("adapt", k);
            Args.check("adapt", a, k, 1, 3);
            PyObject proto = a.length > 1 ? a[1] : Adapters.PREPARE_PROTOCOL;
            return Adapters.adapt(state, a[0], proto, a.length > 2 ? a[2] : null);
        });
        m.def("complete_statement", (a, k) -> {
            PyObject[] v = MethodArgs.bind("complete_statement", a, k, 0, "statement");
            PyObject s = MethodArgs.required("complete_statement", v, 0, "statement");
            if (!(s instanceof PyStr text)) {
                throw Errors.typeError("complete_statement() argument 'statement' must be str, not %s",
                        s.type().name());
            }
            return PyBool.of(isComplete(text.toString()));
        });
        m.def("enable_callback_tracebacks", (a, k) -> {
            PyObject flag = Args.oneArg("enable_callback_tracebacks", a, k);
            state.callbackTracebacks = Abstract.isTrue(flag);
            return PyNone.NONE;
        });
        m.def("enable_shared_cache", (a, k) -> {
            Args.oneArg("enable_shared_cache", a, k);
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code sqlite3_complete}: whether {@code sql} ends with a complete statement. */
    static boolean isComplete(String sql) {
        int i = SqlText.skipSpace(sql, 0);
        boolean any = false;
        while (i < sql.length()) {
            int end = SqlText.terminator(sql, i);
            if (end < 0) {
                return false;
            }
            any = true;
            i = SqlText.skipSpace(sql, end);
        }
        return any;
    }

    private static void addCodes(PyModule m, Object[] codes) {
        for (int i = 0; i < codes.length; i += 2) {
            m.set((String) codes[i], PyInt.of((Integer) codes[i + 1]));
        }
    }
}
