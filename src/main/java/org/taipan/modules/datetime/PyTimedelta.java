package org.taipan.modules.datetime;

import java.math.BigInteger;
import org.taipan.modules.TypedObject;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyType;

/**
 * A {@code datetime.timedelta}: days in -999999999..999999999, seconds in 0..86399 and
 * microseconds in 0..999999, always normalized so (CPython's {@code PyDateTime_Delta}). Immutable;
 * the methods are in {@link TimedeltaType}.
 */
final class PyTimedelta extends TypedObject {
    static final int MAX_DAYS = 999999999;
    private static final BigInteger US_PER_DAY = BigInteger.valueOf(86_400_000_000L);
    private static final BigInteger US_PER_SECOND = BigInteger.valueOf(1_000_000L);

    final int days;
    final int seconds;
    final int microseconds;
    /** The hash, computed on first use ({@code -1}: not yet). */
    long hash = -1;

    PyTimedelta(PyType type, int days, int seconds, int microseconds) {
        super(type);
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /**
     * A normalized delta of the exact type from components of any sign.
     *
     * @throws org.taipan.runtime.PyException OverflowError when the days leave the range
     */
    static PyTimedelta of(long days, long seconds, long microseconds) {
        return of(TimedeltaType.TYPE, days, seconds, microseconds);
    }

    static PyTimedelta of(PyType type, long days, long seconds, long microseconds) {
        seconds += Math.floorDiv(microseconds, 1_000_000L);
        microseconds = Math.floorMod(microseconds, 1_000_000L);
        days += Math.floorDiv(seconds, 86400L);
        seconds = Math.floorMod(seconds, 86400L);
        checkDays(days);
        return new PyTimedelta(type, (int) days, (int) seconds, (int) microseconds);
    }

    /** A delta of {@code type} from a count of microseconds of any size. */
    static PyTimedelta ofMicros(PyType type, BigInteger us) {
        BigInteger[] dr = floorDivMod(us, US_PER_DAY);
        if (dr[0].bitLength() > 63) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        long rest = dr[1].longValueExact();
        return of(type, dr[0].longValue(), rest / 1_000_000L, rest % 1_000_000L);
    }

    static PyTimedelta ofMicros(BigInteger us) {
        return ofMicros(TimedeltaType.TYPE, us);
    }

    private static void checkDays(long days) {
        if (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        if (Math.abs(days) > MAX_DAYS) {
            throw Errors.overflow("days=%d; must have magnitude <= %d", days, MAX_DAYS);
        }
    }

    /** The whole delta in microseconds. */
    BigInteger toMicros() {
        return BigInteger.valueOf(days).multiply(US_PER_DAY)
                .add(BigInteger.valueOf(seconds * 1_000_000L + microseconds));
    }

    /** The delta in microseconds when it fits a long (always within ±106751 days). */
    boolean fitsMicros() {
        return Math.abs(days) <= 100_000;
    }

    long micros() {
        return days * 86_400_000_000L + seconds * 1_000_000L + microseconds;
    }

    /** The delta's seconds (days and seconds, without microseconds). */
    long wholeSeconds() {
        return days * 86400L + seconds;
    }

    boolean isZero() {
        return days == 0 && seconds == 0 && microseconds == 0;
    }

    int compareTo(PyTimedelta o) {
        int c = Integer.compare(days, o.days);
        if (c == 0) {
            c = Integer.compare(seconds, o.seconds);
        }
        return c != 0 ? c : Integer.compare(microseconds, o.microseconds);
    }

    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b} rounded half to even (CPython's {@code _PyLong_DivmodNear}); b is not zero. */
    static BigInteger divideNearest(BigInteger a, BigInteger b) {
        BigInteger[] qr = floorDivMod(a, b);
        int c = qr[1].shiftLeft(1).abs().compareTo(b.abs());
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }

    static final BigInteger MICROS_PER_SECOND = US_PER_SECOND;
}
