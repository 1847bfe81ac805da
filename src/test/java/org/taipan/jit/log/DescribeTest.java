package org.taipan.jit.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.taipan.jit.ir.Ins;
import org.taipan.jit.ir.IrOp;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInstance;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyStr;

/** Guard constants and exit reasons in words, without Java's toString leaking into the log. */
class DescribeTest {
    @Test
    void constantsArePythonNames() throws Exception {
        assertEquals("int", Describe.constant(PyInt.class));
        assertEquals("float", Describe.constant(PyFloat.class));
        assertEquals("an instance of a Python class", Describe.constant(PyInstance.class));
        assertEquals("None", Describe.constant(PyNone.NONE));
        assertEquals("True", Describe.constant(PyBool.TRUE));
        assertEquals("type int", Describe.constant(PyInt.TYPE));
        assertEquals("7", Describe.constant(7L));
        assertEquals("Math.abs", Describe.constant(Math.class.getMethod("abs", long.class)));
        assertEquals("String", Describe.constant(String.class));
        assertEquals("int -12345678901234567890", Describe.constant(PyInt.of(java.math.BigInteger.valueOf(-1234567890123456789L).multiply(java.math.BigInteger.TEN))));
        assertEquals("int 2", Describe.constant(PyInt.of(2)));
        assertEquals("float 0.1", Describe.constant(PyFloat.of(0.1)));
        assertEquals("float 1e+16", Describe.constant(PyFloat.of(1e16)));
        assertEquals("str 'ab\\n'", Describe.constant(PyStr.of("ab\n")));
        assertEquals("str '" + "x".repeat(36) + "...", Describe.constant(PyStr.of("x".repeat(100))));
    }

    @Test
    void exitReasonsSayWhatWasExpected() {
        Ins slot = Ins.of(IrOp.SLOT, 0);
        assertEquals("GUARD_CLASS expected float", Describe.why(Ins.of(IrOp.GUARD_CLASS, PyFloat.class, slot)));
        assertEquals("GUARD_IS expected the same object (None)", Describe.why(Ins.of(IrOp.GUARD_IS, PyNone.NONE, slot)));
        assertEquals("GUARD_IS branch went the other way (condition false)", Describe.why(Ins.of(IrOp.GUARD_IS, PyBool.TRUE, slot)));
        assertEquals("GUARD_TYPE_VERSION expected type int unchanged (another type came, or the class or a base was modified)",
                Describe.why(Ins.of(IrOp.GUARD_TYPE_VERSION, new org.taipan.jit.ir.TypeVersion(PyInt.TYPE, 3), slot)));
        assertEquals("type int v3", Describe.constant(new org.taipan.jit.ir.TypeVersion(PyInt.TYPE, 3)));
        assertEquals("GUARD_NO_OVERFLOW_NEG int overflow", Describe.why(Ins.of(IrOp.GUARD_NO_OVERFLOW_NEG, null, Ins.of(IrOp.CONST_I64, 1L))));
        assertEquals("GUARD_SMALL_INT int does not fit 64 bits", Describe.why(Ins.of(IrOp.GUARD_SMALL_INT, null, slot)));
        Ins flag = Ins.of(IrOp.CONST_I64, 0L);
        assertEquals("GUARD_NONZERO_I64 zero divisor", Describe.why(Ins.of(IrOp.GUARD_NONZERO_I64, null, flag)));
        assertEquals("CALL_HELPER Math.abs raised an exception",
                Describe.why(new Ins(IrOp.CALL_HELPER, IrOp.CALL_HELPER.result(), absMethod(), flag)));
        assertEquals("?", Describe.where(Ins.of(IrOp.GUARD_CLASS, PyInt.class, slot)));
    }

    private static Object absMethod() {
        try {
            return Math.class.getMethod("abs", long.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
