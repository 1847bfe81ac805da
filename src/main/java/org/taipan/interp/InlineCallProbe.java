package org.taipan.interp;

import org.taipan.code.CodeObject;
import org.taipan.code.Op;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;
import org.taipan.runtime.PyFunction;

/**
 * Tier 1's Python-call set-up, for the JIT's recorder when it inlines a call: the same
 * parameter-shape test and the same frame construction as CALL_PY_EXACT_ARGS
 * ({@code CallOps.callPyExact}, CPython 3.11's {@code CALL_PY_EXACT_ARGS} /
 * {@code CALL_PY_WITH_DEFAULTS}), so a recorded call binds exactly as tier 1 would.
 */
public final class InlineCallProbe {
    private InlineCallProbe() {}

    /**
     * Whether {@code nargs} positional arguments, completed by {@code fn}'s positional defaults,
     * fill exactly its parameters (no keyword-only, {@code *args} or {@code **kwargs} parameter).
     */
    public static boolean binds(PyFunction fn, int nargs) {
        return CallSpecializer.binds(fn, nargs);
    }

    /**
     * A new, unpushed frame for {@code fn} as CALL_PY_EXACT_ARGS makes it: defaults stored from
     * parameter {@code nargs} on, a closure's cells copied (the frame then starts after its
     * COPY_FREE_VARS, {@code ip} 1). The caller stores the {@code nargs} arguments in
     * {@code fast[0..nargs)}. Only when {@link #binds} holds.
     */
    public static Frame frameFor(PyFunction fn, int nargs) {
        return CallSpecializer.frameFor(fn, nargs);
    }

    /**
     * The {@code __init__} that CALL_PY_CLASS runs for {@code callee(argc positional arguments)}:
     * a plain class (metaclass {@code type}, object.__new__, no {@code __del__}) whose Python
     * {@code __init__} takes those arguments; null when the call is anything else
     * ({@code CallSpecializer.initOf}).
     */
    public static PyFunction initOf(PyObject callee, int argc) {
        return CallSpecializer.initOf(callee, argc);
    }

    /**
     * The dunder BINARY_OP_USER at {@code i} of {@code q} calls for {@code v <op> w} through its
     * cache, under tier 1's conditions ({@code CallOps.binaryUser}: v's class and version as
     * cached, w of the same class or of a builtin type, the dunder taking (v, w)); null otherwise.
     */
    public static PyFunction userBinary(PyCode q, int i, PyObject v, PyObject w) {
        if (q.caches[i] instanceof CallSpecializer.UserBinary c) {
            PyType tv = v.type(), tw = w.type();
            if (tv == c.type() && tv.versionTag() == c.version() && (tw == tv || !tw.isHeapType())
                    && CallSpecializer.binds(c.fn(), 2)) {
                return c.fn();
            }
        }
        return null;
    }

    /**
     * Whether {@code fn}'s code may write one of its locals {@code 0..n-1} (a STORE_FAST or
     * DELETE_FAST of it, in any instruction form): an inlined {@code __init__} or dunder whose
     * exits read the instance or operands back from those locals must not.
     */
    public static boolean writesLocalBelow(PyFunction fn, int n) {
        for (int w : fn.code.instrs) {
            int op = w & 0xFF;
            if ((op == Op.STORE_FAST || op == Op.DELETE_FAST || op == Op.STORE_FAST__LOAD_FAST
                    || op == Op.STORE_FAST__STORE_FAST) && (w >>> 8) < n) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code fn}'s code has cell variables (its frame begins with MAKE_CELL, which allocates cells). */
    public static boolean hasCells(PyFunction fn) {
        for (byte k : fn.code.code.localsplusKinds) {
            if ((k & CodeObject.CO_FAST_CELL) != 0) {
                return true;
            }
        }
        return false;
    }
}
