package org.taipan.modules.sqlite;

import org.taipan.runtime.PyDict;
import org.taipan.runtime.ThreadState;

/**
 * What one interpreter's {@code _sqlite3} keeps (CPython's {@code pysqlite_state}): the adapter
 * registry ({@code adapters}, keyed by {@code (type, protocol)}), the converter registry
 * ({@code converters}, keyed by upper-cased type name), whether an adapter was registered for
 * one of the types bound without adaptation, and {@code enable_callback_tracebacks}.
 */
final class SqliteState {
    final PyDict adapters = new PyDict();
    final PyDict converters = new PyDict();
    /** CPython's {@code BaseTypeAdapted}: an adapter exists for int, float, str or bytearray. */
    volatile boolean baseTypeAdapted;
    volatile boolean callbackTracebacks;

    /** The calling interpreter's state. */
    static SqliteState current() {
        return ThreadState.current().interpreter.moduleState(SqliteState.class, SqliteState::new);
    }
}
