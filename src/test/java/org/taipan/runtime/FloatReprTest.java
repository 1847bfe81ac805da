package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code repr(float)} against values printed by CPython 3.11 (inputs as exact hex literals). */
class FloatReprTest {
    private static final String[][] CASES = {
            {"0x1.999999999999ap-4", "0.1"},
            {"0x1.1c37937e08000p+53", "1e+16"},
            {"0x1.c6bf526340000p+49", "1000000000000000.0"},
            {"0x1.4f8b588e368f1p-17", "1e-05"},
            {"0x1.a36e2eb1c432dp-14", "0.0001"},
            {"0x1.02c9dedbc309dp-13", "0.0001234"},
            {"0x1.d6f3454000000p+26", "123456789.0"},
            {"0x1.8000000000000p+0", "1.5"},
            {"-0x0.0p+0", "-0.0"},
            {"0x1.1fa182c40c60dp-1022", "2.5e-308"},
            {"0x0.0000000000001p-1022", "5e-324"},
            {"0x1.fffffffffffffp+1023", "1.7976931348623157e+308"},
            {"0x1.5555555555555p-2", "0.3333333333333333"},
            {"0x1.9000000000000p+6", "100.0"},
            {"0x1.0f0cf064dd592p+73", "1e+22"},
            {"0x1.52d02c7e14af6p+76", "1e+23"},
            {"0x1.b69b4ba630f35p+56", "1.2345678901234568e+17"},
            {"0x1.3333333333333p-2", "0.3"},
            {"0x1.0000000000000p+60", "1.152921504606847e+18"},
            {"0x1.0000000000000p+53", "9007199254740992.0"},
            {"0x1.674e780df0000p+43", "12345678000000.0"},
            {"-0x1.9000000000000p+3", "-12.5"},
            {"0x1.1c37937e08000p+53", "1e+16"},
            {"0x1.ad7f29abcaf48p-24", "1e-07"},
            {"0x1.3a00000000000p+8", "314.0"},
    };

    @Test
    void matchesCPython() {
        for (String[] c : CASES) {
            double v = Double.parseDouble(c[0]);
            assertEquals(c[1], FloatRepr.repr(v), c[0]);
        }
    }

    @Test
    void specialValues() {
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
    }

    @Test
    void numericHashAgreesAcrossTypes() {
        assertEquals(PyInt.of(1).hash(), PyFloat.hash(1.0, null));
        assertEquals(Abstract.hash(PyBool.TRUE), Abstract.hash(PyInt.ONE));
        assertEquals(PyInt.of(-1).hash(), -2);
        assertEquals(PyInt.of((1L << 61) - 1).hash(), 0);
        assertEquals(PyFloat.hash(0.5, null), 1L << 60);
        assertEquals(PyFloat.hash(1e20, null), PyInt.of(new java.math.BigInteger("100000000000000000000")).hash());
    }
}
