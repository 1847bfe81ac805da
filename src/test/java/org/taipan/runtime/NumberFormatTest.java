package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link NumberFormat} and {@link NumberParser} against results printed by CPython 3.11. */
class NumberFormatTest {
    @Test
    void doubleToStringMatchesPyOSDoubleToString() {
        assertEquals("2.67", NumberFormat.doubleToString(2.675, 'f', 2, false, false, false, false));
        assertEquals("0.125", NumberFormat.doubleToString(0.125, 'f', 3, false, false, false, false));
        assertEquals("0.12", NumberFormat.doubleToString(0.125, 'f', 2, false, false, false, false));
        assertEquals("1.e+00", NumberFormat.doubleToString(1.0, 'g', 0, true, true, false, false));
        assertEquals("1.23e+02", NumberFormat.doubleToString(123.0, 'g', 3, false, true, false, false));
        assertEquals("123", NumberFormat.doubleToString(123.0, 'g', 3, false, false, false, false));
        assertEquals("0.00", NumberFormat.doubleToString(-0.0001, 'f', 2, false, false, true, false));
        assertEquals("-0.00", NumberFormat.doubleToString(-0.0001, 'f', 2, false, false, false, false));
        assertEquals("+nan", NumberFormat.doubleToString(Double.NaN, 'r', 0, false, false, false, true));
        assertEquals("1e+16", NumberFormat.repr(1e16));
        assertEquals("5e-324", NumberFormat.repr(Double.MIN_VALUE));
        assertEquals("9.999888671826830054133752367653e-321",
                NumberFormat.doubleToString(1e-320, 'e', 30, false, false, false, false));
    }

    @Test
    void specMiniLanguage() {
        assertEquals("00,001,234", NumberFormat.formatInt(PyInt.of(1234), "010,", "int"));
        assertEquals("0x000_00ff", NumberFormat.formatInt(PyInt.of(255), "#010_x", "int"));
        assertEquals("    A", NumberFormat.formatInt(PyInt.of(65), "5c", "int"));
        assertEquals("0,000,012,345,678.90", NumberFormat.formatFloat(12345678.9, "020,.2f", "float"));
        assertEquals("0000000inf", NumberFormat.formatFloat(Double.POSITIVE_INFINITY, "010", "float"));
        assertEquals("-       1,234.5", NumberFormat.formatFloat(-1234.5, "=+15,.1f", "float"));
        assertEquals("(+1+2j)", NumberFormat.formatComplex(1, 2, "+", "complex"));
        assertEquals("     1.00+2.00j     ", NumberFormat.formatComplex(1, 2, "^20,.2f", "complex"));
        assertEquals("(-0+0j)", NumberFormat.complexRepr(-0.0, 0.0));
        assertEquals("(1+nanj)", NumberFormat.complexRepr(1, Double.NaN));
    }

    @Test
    void parsesFloatAndComplexStrings() {
        assertEquals(1000.5, NumberParser.parseFloat("  1_000.5 ", PyStr.of("")));
        assertEquals(Double.NEGATIVE_INFINITY, NumberParser.parseFloat("-iNfInItY", PyStr.of("")));
        assertEquals(0.0, NumberParser.parseFloat("1e-400", PyStr.of("")));
        assertArrayEquals(new double[] {1, -1}, NumberParser.parseComplex(" ( 1-j ) ", PyStr.of("")));
        assertArrayEquals(new double[] {0, 1}, NumberParser.parseComplex("j", PyStr.of("")));
        assertArrayEquals(new double[] {1e3, 1e-3}, NumberParser.parseComplex("1e3+1e-3J", PyStr.of("")));
    }
}
