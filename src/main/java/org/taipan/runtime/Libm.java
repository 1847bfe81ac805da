package org.taipan.runtime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The platform's C math library, called through {@code java.lang.foreign}: the functions CPython
 * 3.11's {@code math} and {@code cmath} modules, {@code float.__pow__} and {@code complex.__pow__}
 * hand to libm ({@code Modules/mathmodule.c}'s {@code math_1}/{@code math_2} wrappers, {@code
 * float_pow}, {@code _Py_c_pow}). Calling the very functions CPython calls makes every result agree
 * with it to the last bit: the JDK's {@code Math} rounds some results differently (about one
 * argument in a hundred for exp or pow: {@code 10.0 ** 23} is {@code 1e23} in Java but not in C),
 * and a different last bit shows in a float's repr and in {@code random.gauss} under a seed.
 *
 * <p>Each method takes and returns C {@code double}s and keeps the C function's special values
 * (NaN, infinities, signed zeros); none raises. Deciding which results are Python errors is the
 * caller's job, as in CPython. The downcalls are linked as critical (no thread-state transition,
 * as the functions neither block nor call back), which costs about what an intrinsic {@code
 * Math.pow} does. Where the JVM does not grant native access, or the library lacks a function,
 * the method computes the value in Java instead ({@link MathFunctions}, {@link CorrectlyRounded},
 * {@code Math}, {@code StrictMath}); those agree with glibc except in the last bit of a few results.
 */
public final class Libm {
    private Libm() {}

    private static final boolean ALLOWED = Libm.class.getModule().isNativeAccessEnabled();
    private static final FunctionDescriptor UNARY =
            FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    private static final FunctionDescriptor BINARY =
            FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);

    // One holder class per function, so that a function is linked when first called (linking all
    // of them at once took ~20 ms of start-up) and its handle is still a constant to the JIT.
    private static final class Sin {
        static final MethodHandle H = link("sin", UNARY);
    }

    private static final class Cos {
        static final MethodHandle H = link("cos", UNARY);
    }

    private static final class Tan {
        static final MethodHandle H = link("tan", UNARY);
    }

    private static final class Asin {
        static final MethodHandle H = link("asin", UNARY);
    }

    private static final class Acos {
        static final MethodHandle H = link("acos", UNARY);
    }

    private static final class Atan {
        static final MethodHandle H = link("atan", UNARY);
    }

    private static final class Sinh {
        static final MethodHandle H = link("sinh", UNARY);
    }

    private static final class Cosh {
        static final MethodHandle H = link("cosh", UNARY);
    }

    private static final class Tanh {
        static final MethodHandle H = link("tanh", UNARY);
    }

    private static final class Asinh {
        static final MethodHandle H = link("asinh", UNARY);
    }

    private static final class Acosh {
        static final MethodHandle H = link("acosh", UNARY);
    }

    private static final class Atanh {
        static final MethodHandle H = link("atanh", UNARY);
    }

    private static final class Exp {
        static final MethodHandle H = link("exp", UNARY);
    }

    private static final class Exp2 {
        static final MethodHandle H = link("exp2", UNARY);
    }

    private static final class Expm1 {
        static final MethodHandle H = link("expm1", UNARY);
    }

    private static final class Log {
        static final MethodHandle H = link("log", UNARY);
    }

    private static final class Log2 {
        static final MethodHandle H = link("log2", UNARY);
    }

    private static final class Log10 {
        static final MethodHandle H = link("log10", UNARY);
    }

    private static final class Log1p {
        static final MethodHandle H = link("log1p", UNARY);
    }

    private static final class Cbrt {
        static final MethodHandle H = link("cbrt", UNARY);
    }

    private static final class Erf {
        static final MethodHandle H = link("erf", UNARY);
    }

    private static final class Erfc {
        static final MethodHandle H = link("erfc", UNARY);
    }

    private static final class Pow {
        static final MethodHandle H = link("pow", BINARY);
    }

    private static final class Atan2 {
        static final MethodHandle H = link("atan2", BINARY);
    }

    private static final class Hypot {
        static final MethodHandle H = link("hypot", BINARY);
    }

    /** The C function {@code name}, or null when it cannot be called here. */
    private static MethodHandle link(String name, FunctionDescriptor shape) {
        if (!ALLOWED) {
            return null;
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> address = linker.defaultLookup().find(name);
            return address.map(a -> linker.downcallHandle(a, shape, Linker.Option.critical(false))).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            // an OS or JVM without this linker: the Java versions stand in
            return null;
        }
    }

    private static double call(MethodHandle f, double x) {
        try {
            return (double) f.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("libm call failed", e);
        }
    }

    private static double call(MethodHandle f, double x, double y) {
        try {
            return (double) f.invokeExact(x, y);
        } catch (Throwable e) {
            throw new IllegalStateException("libm call failed", e);
        }
    }

    /** C's {@code sin(x)}, x in radians: NaN for an infinity. */
    public static double sin(double x) {
        return Sin.H != null ? call(Sin.H, x) : CorrectlyRounded.sin(x);
    }

    /** C's {@code cos(x)}, x in radians: NaN for an infinity. */
    public static double cos(double x) {
        return Cos.H != null ? call(Cos.H, x) : CorrectlyRounded.cos(x);
    }

    /** C's {@code tan(x)}, x in radians: NaN for an infinity. */
    public static double tan(double x) {
        return Tan.H != null ? call(Tan.H, x) : CorrectlyRounded.tan(x);
    }

    /** C's {@code asin(x)} in [-pi/2, pi/2]: NaN outside [-1, 1]. */
    public static double asin(double x) {
        return Asin.H != null ? call(Asin.H, x) : MathFunctions.asin(x);
    }

    /** C's {@code acos(x)} in [0, pi]: NaN outside [-1, 1]. */
    public static double acos(double x) {
        return Acos.H != null ? call(Acos.H, x) : MathFunctions.acos(x);
    }

    /** C's {@code atan(x)} in [-pi/2, pi/2]. */
    public static double atan(double x) {
        return Atan.H != null ? call(Atan.H, x) : MathFunctions.atan(x);
    }

    /** C's {@code atan2(y, x)}: the angle of the point (x, y), in (-pi, pi]. */
    public static double atan2(double y, double x) {
        return Atan2.H != null ? call(Atan2.H, y, x) : CorrectlyRounded.atan2(y, x);
    }

    /** C's {@code sinh(x)}: an infinity past about 710 in magnitude. */
    public static double sinh(double x) {
        return Sinh.H != null ? call(Sinh.H, x) : MathFunctions.sinh(x);
    }

    /** C's {@code cosh(x)}: infinity past about 710 in magnitude. */
    public static double cosh(double x) {
        return Cosh.H != null ? call(Cosh.H, x) : MathFunctions.cosh(x);
    }

    /** C's {@code tanh(x)} in [-1, 1]. */
    public static double tanh(double x) {
        return Tanh.H != null ? call(Tanh.H, x) : StrictMath.tanh(x);
    }

    /** C's {@code asinh(x)}. */
    public static double asinh(double x) {
        return Asinh.H != null ? call(Asinh.H, x) : MathFunctions.asinh(x);
    }

    /** C's {@code acosh(x)}: NaN below 1. */
    public static double acosh(double x) {
        return Acosh.H != null ? call(Acosh.H, x) : MathFunctions.acosh(x);
    }

    /** C's {@code atanh(x)}: an infinity at 1 and -1, NaN beyond them. */
    public static double atanh(double x) {
        return Atanh.H != null ? call(Atanh.H, x) : MathFunctions.atanh(x);
    }

    /** C's {@code exp(x)}: infinity above about 709.78, 0 below about -745.13. */
    public static double exp(double x) {
        return Exp.H != null ? call(Exp.H, x) : CorrectlyRounded.exp(x);
    }

    /** C's {@code exp2(x)}, 2 to the power x. */
    public static double exp2(double x) {
        return Exp2.H != null ? call(Exp2.H, x) : Math.pow(2.0, x);
    }

    /** C's {@code expm1(x)}, exp(x) - 1 without the cancellation near 0. */
    public static double expm1(double x) {
        return Expm1.H != null ? call(Expm1.H, x) : StrictMath.expm1(x);
    }

    /** C's {@code log}: NaN below zero, -inf at zero (CPython's {@code m_log} raises before both). */
    public static double log(double x) {
        return Log.H != null ? call(Log.H, x) : Math.log(x);
    }

    /** C's {@code log2(x)}: exact at powers of two, NaN below zero, -inf at zero. */
    public static double log2(double x) {
        return Log2.H != null ? call(Log2.H, x) : MathFunctions.log2(x);
    }

    /** C's {@code log10(x)}: NaN below zero, -inf at zero. */
    public static double log10(double x) {
        return Log10.H != null ? call(Log10.H, x) : MathFunctions.log10(x);
    }

    /** C's {@code log1p(x)}, log(1 + x) without the rounding of 1 + x: NaN below -1, -inf at -1. */
    public static double log1p(double x) {
        return Log1p.H != null ? call(Log1p.H, x) : StrictMath.log1p(x);
    }

    /** C's {@code cbrt(x)}, the real cube root (negative for negative x). */
    public static double cbrt(double x) {
        return Cbrt.H != null ? call(Cbrt.H, x) : MathFunctions.cbrt(x);
    }

    /** C's {@code erf(x)}, the error function, in [-1, 1]. */
    public static double erf(double x) {
        return Erf.H != null ? call(Erf.H, x) : MathFunctions.erfCorrect(x);
    }

    /** C's {@code erfc(x)}, 1 - erf(x) without the cancellation for large x, in [0, 2]. */
    public static double erfc(double x) {
        return Erfc.H != null ? call(Erfc.H, x) : MathFunctions.erfcCorrect(x);
    }

    /**
     * Whether {@code pow(x, 0.5)} may be answered by {@code sqrt(x)} away from rounding ties: the
     * C library is glibc's or musl's, whose pow (Arm's optimized routine) is exp(y * log x) with
     * exp within 0.51 ulp and log's relative error under 1.5 * 2**-68, documented. For y = 0.5,
     * |y * log x| <= 355, so the value pow rounds is within 0.03 ulp of the exact root, and it
     * rounds as the correctly rounded sqrt wherever the root is farther than that from the
     * midpoint between two doubles (measured: every difference had the root within 0.009 ulp).
     */
    private static final boolean SQRT_FOR_HALF = Pow.H != null && System.getProperty("os.name", "").equals("Linux");

    /**
     * C's {@code pow(x, y)}, with C99's special values (CPython's callers raise for some of them
     * first). {@code x ** 0.5} is common (distances) and a square root is several times cheaper
     * than pow, so for {@code y == 0.5} and x in [2**-900, 2**900] the root is taken and returned
     * when the exact root lies more than 1/32 ulp from a midpoint (about 94% of arguments; the
     * residual {@code x - s*s} is exact in that range), where pow cannot round the other way. Nearer a
     * midpoint pow itself is called, as its result may differ from sqrt's there (about one
     * argument in 1,200).
     */
    public static double pow(double x, double y) {
        if (y == 0.5 && SQRT_FOR_HALF && x >= 0x1p-900 && x <= 0x1p900) {
            double s = Math.sqrt(x);
            // The exact root is s + (x - s*s) / 2s; within 15/32 ulp of s means off the midpoint.
            // s is normal here, so its ulp is its power of two times 2**-52.
            double ulp = Double.longBitsToDouble(Double.doubleToRawLongBits(s) & 0x7ff0000000000000L) * 0x1p-52;
            if (Math.abs(Math.fma(-s, s, x)) < 0.9375 * s * ulp) {
                return s;
            }
        }
        return Pow.H != null ? call(Pow.H, x, y) : Math.pow(x, y);
    }

    /** C's {@code hypot(x, y)}: what {@code abs(complex)} and {@code cmath} use (not {@code math.hypot}). */
    public static double hypot(double x, double y) {
        return Hypot.H != null ? call(Hypot.H, x, y) : PyComplex.hypot(x, y);
    }
}
