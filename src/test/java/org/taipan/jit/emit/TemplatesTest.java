package org.taipan.jit.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.taipan.runtime.PyInt;

/** The guard templates at the edges of 64 bits, against Python's arbitrary-precision answer (tier 1's BigInteger path). */
class TemplatesTest {
    private static boolean fits(BigInteger exact) {
        return exact.bitLength() < 64;
    }

    private static final long[] EDGES = {0, 1, -1, 2, -2, 3, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1, 1L << 32, -(1L << 32), 3037000499L, 3037000500L, -3037000500L};

    @Test
    void overflowGuardsHoldExactlyWhenTheResultIsALong() {
        for (long a : EDGES) {
            BigInteger x = BigInteger.valueOf(a);
            assertEquals(a != Long.MIN_VALUE, Templates.negFits(a), "-" + a);
            for (long b : EDGES) {
                BigInteger y = BigInteger.valueOf(b);
                assertEquals(fits(x.add(y)), Templates.addFits(a, b, a + b), a + " + " + b);
                assertEquals(fits(x.subtract(y)), Templates.subFits(a, b, a - b), a + " - " + b);
                assertEquals(fits(x.multiply(y)), Templates.mulFits(a, b, a * b), a + " * " + b);
                if (b != 0) {
                    BigInteger q = PyInt.floorDiv(PyInt.of(x), PyInt.of(y)).bigValue();
                    assertEquals(fits(q), Templates.divFits(a, b), a + " // " + b);
                    if (fits(q)) {
                        assertEquals(q.longValue(), Templates.floorDiv(a, b), a + " // " + b);
                        assertEquals(PyInt.mod(PyInt.of(x), PyInt.of(y)).longValue(), Templates.floorMod(a, b), a + " % " + b);
                    }
                }
            }
        }
    }

    @Test
    void classGuardRejectsSubclassesAndUnboundSlots() {
        assertTrue(Templates.classIs(PyInt.of(5), PyInt.class));
        assertFalse(Templates.classIs(org.taipan.runtime.PyBool.TRUE, PyInt.class));
        assertFalse(Templates.classIs(null, PyInt.class));
        assertTrue(Templates.nonZero(-0.0) == false && Templates.nonZero(Double.NaN));
    }
}
