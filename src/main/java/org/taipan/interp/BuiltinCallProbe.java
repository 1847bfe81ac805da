package org.taipan.interp;

import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyObject;

/**
 * What tier 1's builtin call forms (CALL_NO_KW_LEN, CALL_NO_KW_LIST_APPEND: {@link CallSpecializer})
 * check, for the tracing JIT's recorder, which records such a call only when tier 1 would take
 * its fast path.
 */
public final class BuiltinCallProbe {
    private BuiltinCallProbe() {
    }

    /**
     * The builtin a CALL_NO_KW_* instruction at {@code i} of {@code q} was specialized for (the
     * object its fast path requires as the callable), or null when its cache holds no such entry.
     */
    public static PyObject cachedBuiltin(PyCode q, int i) {
        return q.caches[i] instanceof CallSpecializer.Builtin c ? c.callee() : null;
    }

    /** {@code list.append}, the method descriptor CALL_NO_KW_LIST_APPEND requires as the callable. */
    public static PyObject listAppend() {
        return CallSpecializer.LIST_APPEND;
    }
}
