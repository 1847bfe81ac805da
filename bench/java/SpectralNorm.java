import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The spectral-norm benchmark ({@code bench/spectral_norm.py}) in plain Java: ten steps of the
 * power method on A'A for A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), truncated to N x N.
 *
 * <p>Same algorithm and the same order of every floating-point operation as the Python program
 * (CPython 3.11's {@code sum} of floats adds left to right, as the loops here do), so the
 * checksum line is CPython's byte for byte. Vectors are {@code double[]}.
 *
 * <p>Usage: {@code java SpectralNorm [N] [--iter-times]}, N = matrix dimension (default 450);
 * {@code --iter-times} prints {@code iter K SECONDS} on stderr after each power step.
 */
public final class SpectralNorm {
    static double entry(int i, int j) {
        int s = i + j;
        return 1.0 / (s * (s + 1) / 2 + i + 1);
    }

    static double[] times(double[] v) {
        int n = v.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double total = 0.0;
            for (int j = 0; j < n; j++) {
                total += entry(i, j) * v[j];
            }
            result[i] = total;
        }
        return result;
    }

    static double[] timesTransposed(double[] v) {
        int n = v.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            double total = 0.0;
            for (int j = 0; j < n; j++) {
                total += entry(j, i) * v[j];
            }
            result[i] = total;
        }
        return result;
    }

    static double[] timesAtA(double[] v) {
        return timesTransposed(times(v));
    }

    /** C's {@code %.Nf}: the double's exact value rounded to N decimals. */
    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 450;
        boolean iterTimes = args.length > 1 && args[1].equals("--iter-times");
        double[] u = new double[n];
        java.util.Arrays.fill(u, 1.0);
        double[] v = u;
        long last = System.nanoTime();
        for (int step = 0; step < 10; step++) {
            v = timesAtA(u);
            u = timesAtA(v);
            if (iterTimes) {
                long now = System.nanoTime();
                System.err.printf(Locale.ROOT, "iter %d %.6f%n", step + 1, (now - last) / 1e9);
                last = now;
            }
        }
        double vbv = 0.0;
        double vv = 0.0;
        for (int i = 0; i < n; i++) {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println("checksum spectral_norm " + n + " " + fixed(Math.sqrt(vbv / vv), 9));
    }
}
