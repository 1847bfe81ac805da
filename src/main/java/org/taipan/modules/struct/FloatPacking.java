package org.taipan.modules.struct;

import org.taipan.runtime.Errors;

/**
 * IEEE 754 half (binary16) and single packing as CPython's {@code PyFloat_Pack2},
 * {@code PyFloat_Unpack2} and {@code PyFloat_Pack4} ({@code Objects/floatobject.c}) do it:
 * rounding straight from the double (round-half-even, never through a float, which would
 * round twice), NaNs packed as the quiet NaN with no payload, and OverflowError
 * "float too large to pack with e format" for finite values beyond the half range.
 * Shared by {@code _struct} and {@code array}.
 */
public final class FloatPacking {
    private FloatPacking() {}

    /**
     * The binary16 bits of {@code x} (0..0xffff).
     *
     * @throws org.taipan.runtime.PyException OverflowError when {@code x} is finite but rounds beyond 65504
     */
    public static int pack2(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        int e;
        int bits;
        if (x == 0.0) {
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            e = 0x1f;
            bits = 512;
        } else {
            double f = Math.abs(x);
            // f = m * 2**e with 1 <= m < 2
            e = Math.getExponent(f);
            double m;
            if (e == Double.MIN_EXPONENT - 1) {
                // A subnormal double is far below the half range: it rounds to zero.
                e = -1000;
                m = 1.0;
            } else {
                m = f / Math.scalb(1.0, e);
            }
            if (e >= 16) {
                throw overflow('e');
            } else if (e < -25) {
                m = 0.0;
                e = 0;
            } else if (e < -14) {
                m = Math.scalb(m, 14 + e);
                e = 0;
            } else {
                e += 15;
                m -= 1.0;
            }
            m *= 1024.0;
            bits = (int) m;
            double rest = m - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw overflow('e');
                    }
                }
            }
        }
        return (sign << 15) | (e << 10) | bits;
    }

    /** The double value of binary16 bits {@code h}; a NaN comes back as the plain NaN with its sign. */
    public static double unpack2(int h) {
        boolean negative = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb(f / 1024.0, -14);
        } else {
            x = Math.scalb(1.0 + f / 1024.0, e - 15);
        }
        return negative ? -x : x;
    }

    /**
     * The binary32 bits of {@code x} for the standard ({@code <}, {@code >}, {@code !}, {@code =})
     * {@code f} format: a finite double that rounds to infinity is an OverflowError.
     */
    public static int pack4(double x) {
        float y = (float) x;
        if (Float.isInfinite(y) && !Double.isInfinite(x)) {
            throw overflow('f');
        }
        return Float.floatToRawIntBits(y);
    }

    private static org.taipan.runtime.PyException overflow(char code) {
        return Errors.overflow("float too large to pack with %c format", code);
    }
}
