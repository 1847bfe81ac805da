package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** int arithmetic: overflow into big ints, Python's floor division and modulo signs, exact true division. */
class IntTest {
    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyInt big(String s) {
        return PyInt.of(new BigInteger(s));
    }

    @Test
    void additionOverflowsIntoBigInteger() {
        PyInt r = PyInt.add(i(Long.MAX_VALUE), i(1));
        assertEquals("9223372036854775808", r.toDecimalString());
        assertEquals(i(Long.MAX_VALUE), PyInt.sub(r, i(1)));
        assertTrue(PyInt.sub(r, i(1)).fitsLong(), "results that fit are normalized back to long");
        assertEquals("-9223372036854775809", PyInt.sub(i(Long.MIN_VALUE), i(1)).toDecimalString());
        assertEquals("85070591730234615847396907784232501249", PyInt.mul(i(Long.MAX_VALUE), i(Long.MAX_VALUE)).toDecimalString());
        assertEquals("9223372036854775808", PyInt.negate(i(Long.MIN_VALUE)).toDecimalString());
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorSign() {
        long[][] cases = {{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0}};
        for (long[] c : cases) {
            assertEquals(i(c[2]), PyInt.floorDiv(i(c[0]), i(c[1])), c[0] + "//" + c[1]);
            assertEquals(i(c[3]), PyInt.mod(i(c[0]), i(c[1])), c[0] + "%" + c[1]);
        }
        assertEquals("9223372036854775808", PyInt.floorDiv(i(Long.MIN_VALUE), i(-1)).toDecimalString());
        assertEquals(i(0), PyInt.mod(i(Long.MIN_VALUE), i(-1)));
        assertEquals(big("-3333333333333333333333333333334"), PyInt.floorDiv(big("-10000000000000000000000000000000"), i(3)));
        assertEquals(i(2), PyInt.mod(big("-10000000000000000000000000000000"), i(3)));
        assertEquals(i(-2), PyInt.mod(big("10000000000000000000000000000000"), i(-3)));
    }

    @Test
    void divisionByZeroRaisesPythonErrors() {
        PyException e = assertThrows(PyException.class, () -> PyInt.floorDiv(i(1), i(0)));
        assertEquals("integer division or modulo by zero", Abstract.str(e.value).toString());
        e = assertThrows(PyException.class, () -> PyInt.mod(i(1), i(0)));
        assertEquals("integer modulo by zero", Abstract.str(e.value).toString());
        e = assertThrows(PyException.class, () -> PyInt.trueDiv(i(1), i(0)));
        assertEquals("division by zero", Abstract.str(e.value).toString());
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        assertEquals(10.0, PyInt.trueDiv(PyInt.pow(i(10), i(400)), PyInt.pow(i(10), i(399))));
        assertEquals(2.5, PyInt.trueDiv(i(5), i(2)));
        assertEquals(1.0 / 3, PyInt.trueDiv(i(1), i(3)));
        assertEquals(-0.5, PyInt.trueDiv(i(-1), i(2)));
        assertEquals(9007199254740993.0 / 1, PyInt.trueDiv(i(9007199254740993L), i(1)));
        assertEquals(3.0517578125e-05, PyInt.trueDiv(i(1), PyInt.pow(i(2), i(15))));
        assertThrows(PyException.class, () -> PyInt.trueDiv(PyInt.pow(i(10), i(400)), i(1)));
    }

    @Test
    void powerAndShifts() {
        assertEquals("1267650600228229401496703205376", PyInt.pow(i(2), i(100)).toDecimalString());
        assertEquals(i(-8), PyInt.pow(i(-2), i(3)));
        assertEquals(i(1L << 62), PyInt.shiftLeft(i(1), i(62)));
        assertEquals("9223372036854775808", PyInt.shiftLeft(i(1), i(63)).toDecimalString());
        assertEquals(i(-1), PyInt.shiftRight(i(-5), i(10)));
        assertEquals(i(-3), PyInt.shiftRight(i(-5), i(1)));
    }

    @Test
    void boolIsAnIntInArithmetic() {
        assertEquals(i(2), Abstract.add(PyBool.TRUE, PyInt.ONE));
        assertEquals(i(2), Abstract.add(PyBool.TRUE, PyBool.TRUE));
        assertEquals(PyBool.TRUE, Abstract.binaryOp(Abstract.NB_AND, PyBool.TRUE, PyBool.TRUE));
        assertEquals("True", Abstract.repr(PyBool.TRUE));
    }

    @Test
    void parsesPythonIntLiterals() {
        assertEquals(i(255), IntSlots.parse(PyStr.of(" 0xff "), 0));
        assertEquals(i(-1000), IntSlots.parse(PyStr.of("-1_000"), 10));
        PyException e = assertThrows(PyException.class, () -> IntSlots.parse(PyStr.of("z"), 10));
        assertEquals("invalid literal for int() with base 10: 'z'", Abstract.str(e.value).toString());
        assertThrows(PyException.class, () -> IntSlots.parse(PyStr.of("1__0"), 10));
    }
}
