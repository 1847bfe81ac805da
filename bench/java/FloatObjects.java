import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The float-objects benchmark ({@code bench/float_objects.py}) in plain Java: N points on a
 * pseudo-random curve, each normalised, then folded into a running maximum per coordinate; five
 * rounds.
 *
 * <p>Same algorithm, the same allocation of one object per point, and the same order of every
 * floating-point operation as the Python program, so the checksum line is CPython's byte for byte.
 *
 * <p>Usage: {@code java FloatObjects [N] [--iter-times]}, N = points per round (default 300000);
 * {@code --iter-times} prints {@code iter K SECONDS} on stderr after each round.
 */
public final class FloatObjects {
    static double approxSin(double x) {
        double x2 = x * x;
        return x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0))));
    }

    static double approxCos(double x) {
        double x2 = x * x;
        return 1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0)));
    }

    static final class Point {
        double x, y, z;

        Point(double t) {
            x = approxSin(t);
            y = approxCos(t) * 3.0;
            z = x * x / 2.0;
        }

        void normalize() {
            double x = this.x;
            double y = this.y;
            double z = this.z;
            double length = Math.sqrt(x * x + y * y + z * z);
            this.x = x / length;
            this.y = y / length;
            this.z = z / length;
        }

        Point maximize(Point other) {
            if (other.x > x) {
                x = other.x;
            }
            if (other.y > y) {
                y = other.y;
            }
            if (other.z > z) {
                z = other.z;
            }
            return this;
        }

        @Override
        public String toString() {
            return "<Point " + fixed(x, 6) + " " + fixed(y, 6) + " " + fixed(z, 6) + ">";
        }
    }

    /** The result of one round: the folded maximum and the weighted sum of the points. */
    record Round(Point best, double total) {}

    static Round run(int n, double phase) {
        List<Point> points = new ArrayList<>();
        double step = 6.2 / n;
        for (int i = 0; i < n; i++) {
            points.add(new Point(i * step - 3.1 + phase));
        }
        for (Point p : points) {
            p.normalize();
        }
        double total = 0.0;
        for (Point p : points) {
            total += p.x - p.y * 0.5 + p.z * 0.25;
        }
        Point best = points.get(0);
        for (Point p : points.subList(1, points.size())) {
            best = best.maximize(p);
        }
        return new Round(best, total);
    }

    /** C's {@code %.Nf}: the double's exact value rounded to N decimals, the sign kept for -0.0. */
    static String fixed(double value, int decimals) {
        String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && !text.startsWith("-") ? "-" + text : text;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300000;
        boolean iterTimes = args.length > 1 && args[1].equals("--iter-times");
        List<String> totals = new ArrayList<>();
        Round round = null;
        long last = System.nanoTime();
        for (int r = 0; r < 5; r++) {
            round = run(n, r * 0.001);
            totals.add(fixed(round.total(), 6));
            if (iterTimes) {
                long now = System.nanoTime();
                System.err.printf(Locale.ROOT, "iter %d %.6f%n", r + 1, (now - last) / 1e9);
                last = now;
            }
        }
        System.out.println("checksum float " + n + " " + round.best() + " " + String.join(" ", totals));
    }
}
