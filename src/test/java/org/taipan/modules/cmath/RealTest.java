package org.taipan.modules.cmath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Real#hypot} rounds as glibc's hypot does (CPython's cmath and complex abs call it). */
class RealTest {
    @Test
    void hypotRoundsAsGlibc() {
        // glibc 2.36's hypot, one ulp above the correctly rounded 0.2412846730139865 here.
        assertEquals(0.24128467301398654, Real.hypot(1.8715853116765901 / 8, 0.4723761221000595 / 8));
        assertEquals(5.0, Real.hypot(3, -4));
        assertEquals(Double.POSITIVE_INFINITY, Real.hypot(Double.NaN, Double.NEGATIVE_INFINITY));
    }
}
