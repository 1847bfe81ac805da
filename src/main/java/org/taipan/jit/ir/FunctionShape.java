package org.taipan.jit.ir;

import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyFunction;
import org.taipan.runtime.PyTuple;

/**
 * The constant of a {@link IrOp#GUARD_FUNCTION}: a function a trace inlined, with the code and
 * the positional defaults it had at recording. Both can be replaced on the same function object
 * ({@code f.__code__ = ...}, {@code f.__defaults__ = ...}), and tier 1's CALL reads them on every
 * call ({@code CallOps.callPyExact}), so the identity of the function alone does not pin them.
 *
 * @param function the inlined function
 * @param code     its {@code __code__} at recording
 * @param defaults its {@code __defaults__} at recording (null for none)
 */
public record FunctionShape(PyFunction function, PyCode code, PyTuple defaults) {
    /** The shape {@code fn} has now. */
    public static FunctionShape of(PyFunction fn) {
        return new FunctionShape(fn, fn.code, fn.defaults);
    }

    /** Whether the function still has the recorded code and defaults. */
    public boolean holds() {
        return function.code == code && function.defaults == defaults;
    }

    @Override
    public String toString() {
        return "function " + code.qualname + " code and defaults";
    }
}
