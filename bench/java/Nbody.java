import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The n-body benchmark ({@code bench/nbody.py}) in plain Java: the Sun and the four giant planets
 * under Newtonian gravity, advanced with a fixed time step.
 *
 * <p>Same algorithm and the same order of every floating-point operation as the Python program,
 * so the checksum line is CPython's byte for byte; {@code x ** 0.5} is {@link Math#sqrt}, which
 * gives the correctly rounded square root as CPython's {@code pow(x, 0.5)} does. Bodies are
 * objects with double fields, the pairs an array of two-element arrays.
 *
 * <p>Usage: {@code java Nbody [N] [--iter-times]}, N = number of time steps (default 250000);
 * {@code --iter-times} prints {@code iter K SECONDS} on stderr after each of the 10 rounds.
 */
public final class Nbody {
    static final double PI = 3.14159265358979323;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;
    static final int ROUNDS = 10;

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx * DAYS_PER_YEAR;
            this.vy = vy * DAYS_PER_YEAR;
            this.vz = vz * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }
    }

    static List<Body> makeBodies() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0));
        bodies.add(new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                9.54791938424326609e-04));
        bodies.add(new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                2.85885980666130812e-04));
        bodies.add(new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                4.36624404335156298e-05));
        bodies.add(new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                5.15138902046611451e-05));
        return bodies;
    }

    static void offsetMomentum(List<Body> bodies) {
        double px = 0.0, py = 0.0, pz = 0.0;
        for (Body body : bodies) {
            double m = body.mass;
            px += body.vx * m;
            py += body.vy * m;
            pz += body.vz * m;
        }
        Body sun = bodies.get(0);
        sun.vx = -px / SOLAR_MASS;
        sun.vy = -py / SOLAR_MASS;
        sun.vz = -pz / SOLAR_MASS;
    }

    static double energy(List<Body> bodies) {
        double e = 0.0;
        int count = bodies.size();
        for (int i = 0; i < count; i++) {
            Body a = bodies.get(i);
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < count; j++) {
                Body b = bodies.get(j);
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void advance(List<Body> bodies, Body[][] pairs, int steps, double dt) {
        for (int step = 0; step < steps; step++) {
            for (Body[] pair : pairs) {
                Body a = pair[0];
                Body b = pair[1];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                double bm = b.mass * mag;
                double am = a.mass * mag;
                a.vx -= dx * bm;
                a.vy -= dy * bm;
                a.vz -= dz * bm;
                b.vx += dx * am;
                b.vy += dy * am;
                b.vz += dz * am;
            }
            for (Body body : bodies) {
                body.x += dt * body.vx;
                body.y += dt * body.vy;
                body.z += dt * body.vz;
            }
        }
    }

    /** C's {@code %.Nf}: the double's exact value rounded to N decimals, the sign kept for -0.0. */
    static String fixed(double value, int decimals) {
        String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && !text.startsWith("-") ? "-" + text : text;
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 250000;
        boolean iterTimes = args.length > 1 && args[1].equals("--iter-times");
        List<Body> bodies = makeBodies();
        int n = bodies.size();
        Body[][] pairs = new Body[n * (n - 1) / 2][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs[k++] = new Body[] {bodies.get(i), bodies.get(j)};
            }
        }
        offsetMomentum(bodies);
        double before = energy(bodies);
        long last = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            // The rounds split the steps as the Python program does: the last one takes the rest.
            int chunk = round < ROUNDS - 1 ? steps / ROUNDS : steps - steps / ROUNDS * (ROUNDS - 1);
            advance(bodies, pairs, chunk, 0.01);
            if (iterTimes) {
                long now = System.nanoTime();
                System.err.printf(Locale.ROOT, "iter %d %.6f%n", round + 1, (now - last) / 1e9);
                last = now;
            }
        }
        double after = energy(bodies);
        System.out.println("checksum nbody " + steps + " " + fixed(before, 8) + " " + fixed(after, 8));
    }
}
