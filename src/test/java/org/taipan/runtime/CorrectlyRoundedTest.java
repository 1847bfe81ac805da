package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The double-double fast paths of {@link CorrectlyRounded} give the same bits as the slow
 * BigDecimal evaluations (which are correctly rounded by construction) on a fixed sample of
 * arguments across the ranges math and cmath use.
 */
class CorrectlyRoundedTest {
    private static double[] sample(long seed, double scale, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (r.nextDouble() * 2 - 1) * scale;
        }
        return xs;
    }

    @Test
    void sinAndCosMatchTheBigDecimalEvaluation() {
        for (double scale : new double[] {1e-6, 1, 3.2, 100, 1e6}) {
            for (double x : sample(7, scale, 400)) {
                assertEquals(SlowTrig.sinCos(x, false), CorrectlyRounded.sin(x), "sin " + x);
                assertEquals(SlowTrig.sinCos(x, true), CorrectlyRounded.cos(x), "cos " + x);
            }
        }
    }

    @Test
    void expMatchesTheBigDecimalEvaluation() {
        for (double scale : new double[] {1e-10, 0.5, 20, 700}) {
            for (double x : sample(11, scale, 400)) {
                assertEquals(MathFunctions.expSlow(x), CorrectlyRounded.exp(x), "exp " + x);
            }
        }
    }

    @Test
    void atan2MatchesTheBigDecimalEvaluation() {
        double[] ys = sample(13, 10, 400), xs = sample(17, 10, 400);
        for (int i = 0; i < ys.length; i++) {
            assertEquals(MathFunctions.atan2Slow(ys[i], xs[i]), CorrectlyRounded.atan2(ys[i], xs[i]),
                    "atan2 " + ys[i] + " " + xs[i]);
        }
    }

    @Test
    void specialArgumentsKeepTheirLibmValues() {
        assertEquals(0.0, CorrectlyRounded.sin(0.0));
        assertEquals(-0.0, CorrectlyRounded.sin(-0.0));
        assertEquals(1.0, CorrectlyRounded.cos(0.0));
        assertEquals(1.0, CorrectlyRounded.exp(0.0));
        assertEquals(Double.POSITIVE_INFINITY, CorrectlyRounded.exp(1000));
        assertEquals(Math.PI, CorrectlyRounded.atan2(0.0, -1.0));
    }
}
