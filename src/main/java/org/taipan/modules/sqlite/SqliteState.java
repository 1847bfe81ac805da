package org.taipan.modules.sqlite;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taipan.runtime.Finalization;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.ThreadState;

/**
 * What one interpreter's {@code _sqlite3} keeps (CPython's {@code pysqlite_state}): the adapter
 * registry ({@code adapters}, keyed by {@code (type, protocol)}), the converter registry
 * ({@code converters}, keyed by upper-cased type name), whether an adapter was registered for
 * one of the types bound without adaptation, and {@code enable_callback_tracebacks}. It also
 * closes the databases of connections the program dropped without closing them, on the
 * interpreter's thread when a collection finds them unreachable (a {@code gc.collect()} then
 * closes them, as CPython's reference counting does at once).
 */
final class SqliteState implements Finalization.CollectHook {
    final PyDict adapters = new PyDict();
    final PyDict converters = new PyDict();
    /** CPython's {@code BaseTypeAdapted}: an adapter exists for int, float, str or bytearray. */
    volatile boolean baseTypeAdapted;
    volatile boolean callbackTracebacks;

    /** The open connections, weakly, with their native sides. */
    private final Map<WeakReference<PyConnection>, NativeConnection> open = new ConcurrentHashMap<>();

    /** The calling interpreter's state. */
    static SqliteState current() {
        Interpreter interp = ThreadState.current().interpreter;
        return interp.moduleState(SqliteState.class, () -> {
            SqliteState s = new SqliteState();
            interp.finalization().addCollectHook(s);
            return s;
        });
    }

    /** Notes an opened connection; returns the key {@link #closed} takes. */
    WeakReference<PyConnection> opened(PyConnection c, NativeConnection nat) {
        WeakReference<PyConnection> ref = new WeakReference<>(c);
        open.put(ref, nat);
        return ref;
    }

    /** Forgets a connection closed by {@code close()}. */
    void closed(WeakReference<PyConnection> ref) {
        open.remove(ref);
    }

    @Override
    public boolean wantsCollection() {
        return !open.isEmpty();
    }

    @Override
    public int drain() {
        int n = 0;
        for (var e : open.entrySet()) {
            if (e.getKey().refersTo(null)) {
                open.remove(e.getKey());
                e.getValue().run();
                n++;
            }
        }
        return n;
    }
}
