package org.taipan.modules.cmath;

/**
 * The C99 Annex G results of the complex functions at infinite and NaN arguments, as the 7x7
 * tables of CPython 3.11's {@code Modules/cmathmodule.c}: rows are the class of the real part,
 * columns the class of the imaginary part, in the order of {@link #classify}. Entries that the
 * functions never read (finite arguments) hold NaN.
 */
final class SpecialValues {
    private SpecialValues() {}

    static final int NINF = 0, NEG = 1, NZERO = 2, PZERO = 3, POS = 4, PINF = 5, NAN = 6;

    private static final double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private static final double INF = Double.POSITIVE_INFINITY, N = Double.NaN, U = Double.NaN;

    /** The class of {@code d} ({@code special_type}): which row or column of a table it selects. */
    static int classify(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        boolean neg = Math.copySign(1.0, d) < 0;
        if (Double.isInfinite(d)) {
            return neg ? NINF : PINF;
        }
        if (d == 0) {
            return neg ? NZERO : PZERO;
        }
        return neg ? NEG : POS;
    }

    /** The entry of {@code table} for {@code re + im*j}, as a fresh {re, im}. */
    static double[] lookup(double[][] table, double re, double im) {
        double[] row = table[classify(re)];
        int c = classify(im) * 2;
        return new double[] {row[c], row[c + 1]};
    }

    /** Builds a table from 7 rows of 7 (real, imag) pairs. */
    private static double[][] table(double[]... rows) {
        return rows;
    }

    private static double[] row(double... pairs) {
        if (pairs.length != 14) {
            throw new IllegalArgumentException("a special-value row has 7 pairs");
        }
        return pairs;
    }

    static final double[][] ACOS = table(
            row(P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF),
            row(P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N),
            row(P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N),
            row(P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N),
            row(P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N),
            row(P14, INF, 0., INF, 0., INF, 0., -INF, 0., -INF, P14, -INF, N, INF),
            row(N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N));

    static final double[][] ACOSH = table(
            row(INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N),
            row(INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N),
            row(INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N),
            row(INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N),
            row(INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N),
            row(INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N),
            row(INF, N, N, N, N, N, N, N, N, N, INF, N, N, N));

    static final double[][] ASINH = table(
            row(-INF, -P14, -INF, -0., -INF, -0., -INF, 0., -INF, 0., -INF, P14, -INF, N),
            row(-INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N),
            row(-INF, -P12, U, U, -0., -0., -0., 0., U, U, -INF, P12, N, N),
            row(INF, -P12, U, U, 0., -0., 0., 0., U, U, INF, P12, N, N),
            row(INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N),
            row(INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N),
            row(INF, N, N, N, N, -0., N, 0., N, N, INF, N, N, N));

    static final double[][] ATANH = table(
            row(-0., -P12, -0., -P12, -0., -P12, -0., P12, -0., P12, -0., P12, -0., N),
            row(-0., -P12, U, U, U, U, U, U, U, U, -0., P12, N, N),
            row(-0., -P12, U, U, -0., -0., -0., 0., U, U, -0., P12, -0., N),
            row(0., -P12, U, U, 0., -0., 0., 0., U, U, 0., P12, 0., N),
            row(0., -P12, U, U, U, U, U, U, U, U, 0., P12, N, N),
            row(0., -P12, 0., -P12, 0., -P12, 0., P12, 0., P12, 0., P12, 0., N),
            row(0., -P12, N, N, N, N, N, N, N, N, 0., P12, N, N));

    static final double[][] COSH = table(
            row(INF, N, U, U, INF, 0., INF, -0., U, U, INF, N, INF, N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(N, 0., U, U, 1., 0., 1., -0., U, U, N, 0., N, 0.),
            row(N, 0., U, U, 1., -0., 1., 0., U, U, N, 0., N, 0.),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N),
            row(N, N, N, N, N, 0., N, 0., N, N, N, N, N, N));

    static final double[][] EXP = table(
            row(0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N),
            row(N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N),
            row(N, N, N, N, N, -0., N, 0., N, N, N, N, N, N));

    static final double[][] LOG = table(
            row(INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N),
            row(INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N),
            row(INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N),
            row(INF, -P12, U, U, -INF, -0., -INF, 0., U, U, INF, P12, N, N),
            row(INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N),
            row(INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N),
            row(INF, N, N, N, N, N, N, N, N, N, INF, N, N, N));

    static final double[][] SINH = table(
            row(INF, N, U, U, -INF, -0., -INF, 0., U, U, INF, N, INF, N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(0., N, U, U, -0., -0., -0., 0., U, U, 0., N, 0., N),
            row(0., N, U, U, 0., -0., 0., 0., U, U, 0., N, 0., N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N),
            row(N, N, N, N, N, -0., N, 0., N, N, N, N, N, N));

    static final double[][] SQRT = table(
            row(INF, -INF, 0., -INF, 0., -INF, 0., INF, 0., INF, INF, INF, N, INF),
            row(INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N),
            row(INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N),
            row(INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N),
            row(INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N),
            row(INF, -INF, INF, -0., INF, -0., INF, 0., INF, 0., INF, INF, INF, N),
            row(INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N));

    static final double[][] TANH = table(
            row(-1., 0., U, U, -1., -0., -1., 0., U, U, -1., 0., -1., 0.),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(N, N, U, U, -0., -0., -0., 0., U, U, N, N, N, N),
            row(N, N, U, U, 0., -0., 0., 0., U, U, N, N, N, N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(1., 0., U, U, 1., -0., 1., 0., U, U, 1., 0., 1., 0.),
            row(N, N, N, N, N, -0., N, 0., N, N, N, N, N, N));

    static final double[][] RECT = table(
            row(INF, N, U, U, -INF, 0., -INF, -0., U, U, INF, N, INF, N),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(0., 0., U, U, -0., 0., -0., -0., U, U, 0., 0., 0., 0.),
            row(0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.),
            row(N, N, U, U, U, U, U, U, U, U, N, N, N, N),
            row(INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N),
            row(N, N, N, N, N, 0., N, 0., N, N, N, N, N, N));
}
