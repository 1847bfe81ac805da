package org.taipan.interp;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;

/**
 * What a frame's caller receives when tier 2 began the frame's call on behalf of an instruction
 * that is not a plain call ({@link Frame#callEnd}): the value {@link Eval#finishCalls} hands to
 * the waiting caller instead of the returned one, as tier 1's own instruction would have.
 * A plain call has none (the returned value is the result).
 */
public sealed interface CallEnd {
    /**
     * The caller's result for {@code returned}, the frame's return value.
     *
     * @throws org.taipan.runtime.PyException TypeError (an {@code __init__} returning a value), or
     *         what the rest of the operator protocol raises
     */
    PyObject result(PyObject returned);

    /** Recursion levels the call counts on top of the frame's own one (type.__call__'s). */
    int extraDepth();

    /**
     * The frame runs {@code __init__} for {@code type.__call__} of a plain class (CALL_PY_CLASS,
     * {@code CallOps.callPyClass}; CPython's {@code type_call}): the caller receives the
     * {@code instance} once {@code __init__} returned None, and the call counts one recursion
     * level more than the frame's own.
     */
    record Construct(PyObject instance) implements CallEnd {
        @Override
        public PyObject result(PyObject returned) {
            if (returned != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '%s'", returned.type().name());
            }
            return instance;
        }

        @Override
        public int extraDepth() {
            return 1;
        }
    }

    /**
     * The frame runs the left operand's Python dunder for BINARY_OP_USER {@code nb}
     * ({@code CallOps.binaryUser}): a NotImplemented answer continues the operator protocol with
     * the original operands ({@link Abstract#binaryOpAfterLeft}), as the class's slot would.
     */
    record BinaryDunder(int nb, PyObject left, PyObject right) implements CallEnd {
        @Override
        public PyObject result(PyObject returned) {
            return returned != PyNotImplemented.NOT_IMPLEMENTED ? returned : Abstract.binaryOpAfterLeft(nb, left, right);
        }

        @Override
        public int extraDepth() {
            return 0;
        }
    }
}
