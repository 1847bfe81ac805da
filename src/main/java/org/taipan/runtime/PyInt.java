package org.taipan.runtime;

import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a {@code long} fast path. A value that fits in a
 * {@code long} is always held there ({@code big == null}); {@code Math.*Exact} overflow moves
 * to {@link BigInteger}. Floor division and modulo follow Python (the remainder takes the
 * divisor's sign); true division is correctly rounded as CPython's {@code long_true_divide}.
 */
public sealed class PyInt extends PyObject permits PyInt.Sub {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT).instancesOf(PyInt.class);

    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i, null);
        }
    }

    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);
    /** CPython's hash modulus for numbers, the Mersenne prime 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    static {
        IntSlots.install(TYPE);
        TYPE.ready();
    }

    private final long value;
    private final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return boxed(v);
    }

    // out of line so that of(long) stays within C1's 35-byte inlining limit (trace code boxes with it)
    private static PyInt boxed(long v) {
        return new PyInt(v, null);
    }

    /** The int with value {@code b}, normalized to the long form when it fits. */
    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(0, b);
    }

    /** {@code o} as an int if it is an int or a bool (bool subclasses int), else null. */
    public static PyInt asInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o instanceof PyBool b) {
            return b.asInt();
        }
        return null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code i} as an exact int (a copy of the value when {@code i} is a subclass instance or a bool's int). */
    public static PyInt exact(PyInt i) {
        return i.getClass() == PyInt.class ? i : i.big == null ? of(i.value) : new PyInt(0, i.big);
    }

    /** Whether the value fits in a Java long ({@link #longValue()} is then exact). */
    public boolean fitsLong() {
        return big == null;
    }

    /** The value; only meaningful when {@link #fitsLong()}. */
    public long longValue() {
        return value;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /**
     * The value as a Java int.
     *
     * @throws PyException OverflowError "Python int too large to convert to C int"
     */
    public int intValue() {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) value;
    }

    /**
     * The value as a Java long ({@code Py_ssize_t}).
     *
     * @throws PyException OverflowError "Python int too large to convert to C ssize_t"
     */
    public long ssizeValue() {
        if (big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    /**
     * The nearest double (round-half-even).
     *
     * @throws PyException OverflowError "int too large to convert to float"
     */
    public double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    /** CPython's numeric hash: the value modulo 2**61 - 1 with the sign kept, -1 mapped to -2. */
    public long hash() {
        long v = value;
        if (big == null && v > -HASH_MODULUS && v < HASH_MODULUS) {
            // a value nearer zero than the modulus is its own hash (but -1): no division for set
            // and dict keys, negative ones included (nqueens' row - col)
            return v == -1 ? -2 : v;
        }
        return hashOther();
    }

    // out of line: values the modulus reduces, and BigInteger ones
    private long hashOther() {
        long h;
        if (big == null) {
            if (value == Long.MIN_VALUE) {
                h = -(Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS;
            } else {
                long a = Math.abs(value) % HASH_MODULUS;
                h = value < 0 ? -a : a;
            }
        } else {
            long a = big.abs().mod(BIG_HASH_MODULUS).longValue();
            h = big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    /** The running interpreter's int/str conversion limit ({@code sys.get_int_max_str_digits()}), 0 for none. */
    public static int maxStrDigits() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? MAX_STR_DIGITS : ts.interpreter.intMaxStrDigits();
    }

    /**
     * {@code repr(int)}: decimal digits, limited as CPython 3.11 limits them.
     *
     * @throws PyException ValueError "Exceeds the limit (4300 digits) for integer string conversion; ..."
     */
    public String toDecimalString() {
        if (big == null) {
            return Long.toString(value);
        }
        int limit = maxStrDigits();
        // A cheap under-estimate of the digit count refuses huge values without converting them.
        if (limit > 0 && (long) ((big.bitLength() - 1) * 0.30102999566398) + 1 > limit) {
            throw tooManyDigitsToStr(limit);
        }
        String s = big.bitLength() <= SMALL_DECIMAL_BITS ? smallDecimal(big) : big.toString();
        int digits = s.length() - (big.signum() < 0 ? 1 : 0);
        if (limit > 0 && digits > limit) {
            throw tooManyDigitsToStr(limit);
        }
        return s;
    }

    /** Up to about this size the quadratic {@link #smallDecimal} beats {@link BigInteger#toString()} (measured). */
    private static final int SMALL_DECIMAL_BITS = 2048;

    /**
     * The decimal digits of a BigInteger of at most {@link #SMALL_DECIMAL_BITS} bits by repeated
     * division of its 32-bit words by 10**9: long arithmetic, no intermediate BigIntegers
     * (which {@link BigInteger#toString()} makes for each 18 digits).
     */
    private static String smallDecimal(BigInteger b) {
        byte[] bytes = b.abs().toByteArray();
        int words = (bytes.length + 3) / 4;
        int[] w = new int[words];
        for (int i = 0; i < bytes.length; i++) {
            int fromEnd = bytes.length - 1 - i;
            w[words - 1 - fromEnd / 4] |= (bytes[i] & 0xff) << (8 * (fromEnd % 4));
        }
        // A 32-bit word holds less than 10 decimal digits; one more byte for the sign.
        byte[] out = new byte[words * 10 + 1];
        int p = out.length, top = 0;
        while (true) {
            long rem = 0;
            for (int i = top; i < words; i++) {
                long cur = rem << 32 | (w[i] & 0xffffffffL);
                long q = cur / 1_000_000_000L;
                w[i] = (int) q;
                rem = cur - q * 1_000_000_000L;
            }
            while (top < words && w[top] == 0) {
                top++;
            }
            int chunk = (int) rem;
            if (top == words) {
                do {
                    out[--p] = (byte) ('0' + chunk % 10);
                    chunk /= 10;
                } while (chunk != 0);
                break;
            }
            for (int k = 0; k < 9; k++) {
                out[--p] = (byte) ('0' + chunk % 10);
                chunk /= 10;
            }
        }
        if (b.signum() < 0) {
            out[--p] = '-';
        }
        return new String(out, p, out.length - p, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static PyException tooManyDigitsToStr(int limit) {
        return Errors.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && i.value == value && (big == null ? i.big == null : big.equals(i.big));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }

    // ---- arithmetic on ints (operands already known to be ints) ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) {
                return addBig(a, b);
            }
            return of(r);
        }
        return addBig(a, b);
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) {
                return subBig(a, b);
            }
            return of(r);
        }
        return subBig(a, b);
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return mulBig(a, b);
    }

    // The BigInteger halves of add, sub and mul. The launcher keeps C2 from inlining them
    // (-XX:CompileCommand=dontinline on PyInt::*Big): the specialized int forms are inlined into
    // the dispatch loop, whose inlining budget (DesiredMethodLimit, in bytecodes) a BigInteger
    // product would otherwise take ~1,400 bytes of the moment one site overflows often (go's
    // 64-bit random generator), leaving hotter helpers as real calls; a call costs little next to
    // the BigInteger work and its allocations.

    /** {@code a + b} in BigInteger arithmetic (a long sum overflowed, or an operand is big). */
    public static PyInt addBig(PyInt a, PyInt b) {
        return of(a.bigValue().add(b.bigValue()));
    }

    /** {@code a - b} in BigInteger arithmetic (a long difference overflowed, or an operand is big). */
    public static PyInt subBig(PyInt a, PyInt b) {
        return of(a.bigValue().subtract(b.bigValue()));
    }

    /** {@code a * b} in BigInteger arithmetic (the 128-bit product does not fit a long, or an operand is big). */
    public static PyInt mulBig(PyInt a, PyInt b) {
        return of(a.bigValue().multiply(b.bigValue()));
    }

    /** {@code a // b}, rounding toward negative infinity. */
    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        if (a.big != null && b.big != null && a.big.signum() > 0 && b.big.signum() > 0) {
            long q = smallQuotient(a.big, b.big);
            if (q >= 0) {
                return of(q);
            }
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    /**
     * {@code x // y} for positive {@code x} and {@code y} of at least 64 bits whose quotient is
     * below 2**31 (a digit of a spigot algorithm, a ratio of nearby numbers), or -1 when the
     * quotient may be larger. Estimated from the top 63 bits of {@code x} and the same bits of
     * {@code y} (which keeps at least 32 of its bits, so the estimate is off by at most one),
     * then corrected with one multiplication by a small int: two linear passes instead of the
     * copies, normalization shifts and remainder of a long division.
     */
    private static long smallQuotient(BigInteger x, BigInteger y) {
        int xl = x.bitLength(), yl = y.bitLength();
        if (xl < yl) {
            return 0;
        }
        if (xl - yl > 30 || yl < 64) {
            return -1;
        }
        int shift = xl - 63;
        long q = x.shiftRight(shift).longValue() / y.shiftRight(shift).longValue();
        // x / y lies within 1/2 of the estimate's quotient (y keeps >= 32 bits, the quotient < 2**31),
        // so the remainder of the estimate is off by at most one y.
        BigInteger r = x.subtract(y.multiply(BigInteger.valueOf(q)));
        if (r.signum() < 0) {
            return q - 1;
        }
        return r.compareTo(y) >= 0 ? q + 1 : q;
    }

    /** {@code a % b}: the result has the sign of {@code b}. */
    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return of(b.value == -1 ? 0 : Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    /** {@code a / b}, correctly rounded (CPython's {@code long_true_divide}). */
    public static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        final long exact = 1L << 53;
        if (a.big == null && b.big == null && Math.abs(a.value) <= exact && Math.abs(b.value) <= exact) {
            return (double) a.value / (double) b.value;
        }
        BigInteger x = a.bigValue().abs();
        BigInteger y = b.bigValue().abs();
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so that the integer quotient has at least 55 significant bits, keep a sticky
        // bit for the remainder, and let the one conversion to double do the rounding.
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger num = shift > 0 ? x.shiftLeft(shift) : x;
        BigInteger den = shift < 0 ? y.shiftLeft(-shift) : y;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        int qbits = q.bitLength();
        int resultExp = qbits - shift; // the result is about 2**resultExp
        if (resultExp > 1024) {
            throw Errors.overflow("integer division result too large for a float");
        }
        double d;
        if (resultExp < -1021) {
            // Subnormal result: round once at the final precision.
            int keep = Math.max(0, 53 - (-1021 - resultExp));
            int drop = qbits - keep;
            BigInteger kept = q.shiftRight(drop);
            BigInteger rem = q.subtract(kept.shiftLeft(drop));
            BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
            int c = rem.compareTo(half);
            if (c > 0 || (c == 0 && kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            d = Math.scalb(kept.doubleValue(), drop - shift);
        } else {
            d = Math.scalb(q.doubleValue(), -shift);
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return negative ? -d : d;
    }

    /** {@code a ** b} for {@code b >= 0}. */
    public static PyInt pow(PyInt a, PyInt b) {
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return b.big.testBit(0) ? a : ONE;
            }
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            boolean overflow = false;
            long bb = base;
            long ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE || (double) (a.bigValue().abs().bitLength() - 1) * e >= Integer.MAX_VALUE) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        try {
            return of(a.bigValue().pow((int) e));
        } catch (ArithmeticException | OutOfMemoryError tooBig) {
            throw Errors.of(ExceptionTypes.MemoryError);
        }
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.bigValue().negate());
    }

    public static PyInt shiftLeft(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.big == null && b.big == null && b.value >= 0 && b.value < 63) {
            // Small operands first: no BigInteger for the size check below.
            long r = a.value << b.value;
            if ((r >> b.value) == a.value) {
                return of(r);
            }
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE - a.bigValue().bitLength()) {
            // CPython counts 30-bit digits: past its largest int size it raises OverflowError,
            // below that it fails to allocate (and Java's BigInteger cannot hold such a result).
            final long maxDigits = (Long.MAX_VALUE - 24) / 4;
            BigInteger[] wr = b.bigValue().divideAndRemainder(BigInteger.valueOf(30));
            long size = (a.bigValue().abs().bitLength() + 29) / 30;
            if (wr[0].compareTo(BigInteger.valueOf(Long.MAX_VALUE / 4 - size - 1)) >= 0
                    || wr[0].longValue() + size + 1 > maxDigits) {
                throw Errors.overflow("too many digits in integer");
            }
            throw Errors.of(ExceptionTypes.MemoryError);
        }
        return of(a.bigValue().shiftLeft((int) b.value));
    }

    public static PyInt shiftRight(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null) {
            return a.signum() < 0 ? MINUS_ONE : ZERO;
        }
        if (a.big == null) {
            return of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return of(a.bigValue().shiftRight((int) Math.min(b.value, Integer.MAX_VALUE)));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return compareLongs(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /**
     * {@link Long#compare} without branches (-1, 0 or 1): the interpreter inlines it into its
     * dispatch loop for every int comparison, and a branch of it that C2's profile had not seen
     * taken there deoptimized the whole loop the first time it was. {@code x < y} is the sign
     * of {@code x - y} corrected for overflow (Hacker's Delight, 2-12).
     */
    static int compareLongs(long x, long y) {
        long d = x - y, e = y - x;
        int lt = (int) ((d ^ ((x ^ y) & (d ^ x))) >>> 63);
        int gt = (int) ((e ^ ((y ^ x) & (e ^ y))) >>> 63);
        return gt - lt;
    }

    // ---- slot functions on PyObject operands: NotImplemented unless both are ints ----

    static PyObject and(PyObject x, PyObject y) {
        PyInt a = asInt(x), b = asInt(y);
        return a == null || b == null ? PyNotImplemented.NOT_IMPLEMENTED : bitAnd(a, b);
    }

    static PyObject or(PyObject x, PyObject y) {
        PyInt a = asInt(x), b = asInt(y);
        return a == null || b == null ? PyNotImplemented.NOT_IMPLEMENTED : bitOr(a, b);
    }

    static PyObject xor(PyObject x, PyObject y) {
        PyInt a = asInt(x), b = asInt(y);
        return a == null || b == null ? PyNotImplemented.NOT_IMPLEMENTED : bitXor(a, b);
    }

    /** {@code a & b} (two's complement of any size, as CPython's {@code long_and}). */
    public static PyInt bitAnd(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value & b.value);
        }
        return andBig(a, b);
    }

    /** {@code a | b}. */
    public static PyInt bitOr(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value | b.value);
        }
        return orBig(a, b);
    }

    /** {@code a ^ b}. */
    public static PyInt bitXor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value ^ b.value);
        }
        return xorBig(a, b);
    }

    /**
     * The BigInteger halves of {@code &}, {@code |}, {@code ^}: out of line (the launcher keeps
     * {@code *Big} from being inlined) so that C2 does not pull BigInteger's loops, and the
     * uncommon traps it prunes there, into the dispatch loop; go's 64-bit random generator masks
     * a BigInteger product with {@code &} (a trap in {@code BigInteger.and} recompiled
     * {@code Eval.execute}).
     */
    public static PyInt andBig(PyInt a, PyInt b) {
        return of(a.bigValue().and(b.bigValue()));
    }

    /** {@link #andBig}'s counterpart for {@code |}. */
    public static PyInt orBig(PyInt a, PyInt b) {
        return of(a.bigValue().or(b.bigValue()));
    }

    /** {@link #andBig}'s counterpart for {@code ^}. */
    public static PyInt xorBig(PyInt a, PyInt b) {
        return of(a.bigValue().xor(b.bigValue()));
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }

    /**
     * An instance of a user subclass of {@code int}: the same data, plus its class and a
     * {@code __dict__}. Fast paths test the exact Java class ({@code getClass() == PyInt.class}),
     * so a subclass's overridden dunders are never bypassed.
     */
    public static final class Sub extends PyInt implements HasDict, ClassAssignable, Finalization.Guarded {
        /** Runs {@code __del__} when its class defines one (made with the instance). */
        private final Finalization.Guard guard;
        private PyType type;
        private PyDict dict;

        Sub(PyType type, PyInt v) {
            super(v.value, v.big);
            this.type = type;
            this.guard = Finalization.Guard.forNew(this, type);
        }

        @Override
        public Finalization.Target finalizerGuard() {
            return guard;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void assignClass(PyType t) {
            type = t;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public boolean replaceDict(PyDict d) {
            dict = d;
            return true;
        }
    }
}
