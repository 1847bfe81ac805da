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

    private static final MethodHandle SIN = link("sin", UNARY), COS = link("cos", UNARY), TAN = link("tan", UNARY),
            ASIN = link("asin", UNARY), ACOS = link("acos", UNARY), ATAN = link("atan", UNARY),
            SINH = link("sinh", UNARY), COSH = link("cosh", UNARY), TANH = link("tanh", UNARY),
            ASINH = link("asinh", UNARY), ACOSH = link("acosh", UNARY), ATANH = link("atanh", UNARY),
            EXP = link("exp", UNARY), EXP2 = link("exp2", UNARY), EXPM1 = link("expm1", UNARY),
            LOG = link("log", UNARY), LOG2 = link("log2", UNARY), LOG10 = link("log10", UNARY),
            LOG1P = link("log1p", UNARY), CBRT = link("cbrt", UNARY), ERF = link("erf", UNARY),
            ERFC = link("erfc", UNARY), POW = link("pow", BINARY), ATAN2 = link("atan2", BINARY),
            HYPOT = link("hypot", BINARY);

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

    /** Whether the C library computes these functions (false: the Java stand-ins do). */
    public static boolean isNative() {
        return POW != null;
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

    public static double sin(double x) {
        return SIN != null ? call(SIN, x) : CorrectlyRounded.sin(x);
    }

    public static double cos(double x) {
        return COS != null ? call(COS, x) : CorrectlyRounded.cos(x);
    }

    public static double tan(double x) {
        return TAN != null ? call(TAN, x) : CorrectlyRounded.tan(x);
    }

    public static double asin(double x) {
        return ASIN != null ? call(ASIN, x) : MathFunctions.asin(x);
    }

    public static double acos(double x) {
        return ACOS != null ? call(ACOS, x) : MathFunctions.acos(x);
    }

    public static double atan(double x) {
        return ATAN != null ? call(ATAN, x) : MathFunctions.atan(x);
    }

    /** C's {@code atan2(y, x)}: the angle of the point (x, y), in (-pi, pi]. */
    public static double atan2(double y, double x) {
        return ATAN2 != null ? call(ATAN2, y, x) : CorrectlyRounded.atan2(y, x);
    }

    public static double sinh(double x) {
        return SINH != null ? call(SINH, x) : MathFunctions.sinh(x);
    }

    public static double cosh(double x) {
        return COSH != null ? call(COSH, x) : MathFunctions.cosh(x);
    }

    public static double tanh(double x) {
        return TANH != null ? call(TANH, x) : StrictMath.tanh(x);
    }

    public static double asinh(double x) {
        return ASINH != null ? call(ASINH, x) : MathFunctions.asinh(x);
    }

    public static double acosh(double x) {
        return ACOSH != null ? call(ACOSH, x) : MathFunctions.acosh(x);
    }

    public static double atanh(double x) {
        return ATANH != null ? call(ATANH, x) : MathFunctions.atanh(x);
    }

    public static double exp(double x) {
        return EXP != null ? call(EXP, x) : CorrectlyRounded.exp(x);
    }

    public static double exp2(double x) {
        return EXP2 != null ? call(EXP2, x) : Math.pow(2.0, x);
    }

    public static double expm1(double x) {
        return EXPM1 != null ? call(EXPM1, x) : StrictMath.expm1(x);
    }

    /** C's {@code log}: NaN below zero, -inf at zero (CPython's {@code m_log} raises before both). */
    public static double log(double x) {
        return LOG != null ? call(LOG, x) : Math.log(x);
    }

    public static double log2(double x) {
        return LOG2 != null ? call(LOG2, x) : MathFunctions.log2(x);
    }

    public static double log10(double x) {
        return LOG10 != null ? call(LOG10, x) : MathFunctions.log10(x);
    }

    public static double log1p(double x) {
        return LOG1P != null ? call(LOG1P, x) : StrictMath.log1p(x);
    }

    public static double cbrt(double x) {
        return CBRT != null ? call(CBRT, x) : MathFunctions.cbrt(x);
    }

    public static double erf(double x) {
        return ERF != null ? call(ERF, x) : MathFunctions.erfCorrect(x);
    }

    public static double erfc(double x) {
        return ERFC != null ? call(ERFC, x) : MathFunctions.erfcCorrect(x);
    }

    /** C's {@code pow(x, y)}, with C99's special values (CPython's callers raise for some of them first). */
    public static double pow(double x, double y) {
        return POW != null ? call(POW, x, y) : Math.pow(x, y);
    }

    /** C's {@code hypot(x, y)}: what {@code abs(complex)} and {@code cmath} use (not {@code math.hypot}). */
    public static double hypot(double x, double y) {
        return HYPOT != null ? call(HYPOT, x, y) : PyComplex.hypot(x, y);
    }
}
