package org.taipan.modules.datetime;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.taipan.modules.TypedObject;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * The type {@code datetime.timedelta} (CPython's {@code PyDateTime_DeltaType}): its constructor
 * with CPython's rounding of float components, arithmetic with ints, floats and other deltas
 * (rounding half to even), comparisons, hash, repr, str and pickling by {@code (days, seconds,
 * microseconds)}.
 */
final class TimedeltaType {
    private TimedeltaType() {}

    static final PyType TYPE = PyType.builtin("datetime.timedelta", PyType.OBJECT).markOwnLayout();

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;
    private static final String[] PARAMS = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
        "weeks"};
    /** Microseconds per unit of each parameter, in {@link #PARAMS}' order. */
    private static final long[] FACTORS = {86_400_000_000L, 1_000_000L, 1L, 1000L, 60_000_000L, 3_600_000_000L,
        604_800_000_000L};
    /** The order in which CPython's {@code delta_new} accumulates the parameters (the float leftovers' sum depends on it). */
    private static final int[] ACCUMULATION_ORDER = {2, 3, 1, 4, 5, 0, 6};

    private static PyObject newDelta(PyType type, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.bind("__new__", a, k, 0, PARAMS);
        BigInteger us = BigInteger.ZERO;
        double leftover = 0;
        boolean any = false;
        for (int i : ACCUMULATION_ORDER) {
            if (p[i] == null) {
                continue;
            }
            any = true;
            PyInt n = PyInt.asInt(p[i]);
            if (n != null) {
                us = us.add(n.bigValue().multiply(BigInteger.valueOf(FACTORS[i])));
            } else if (p[i] instanceof PyFloat f) {
                double v = f.value();
                double whole = v < 0 ? Math.ceil(v) : Math.floor(v);
                us = us.add(wholeFloat(whole).multiply(BigInteger.valueOf(FACTORS[i])));
                double frac = v - whole;
                if (frac != 0 && !Double.isInfinite(v)) {
                    double scaled = frac * FACTORS[i];
                    double scaledWhole = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                    leftover += scaled - scaledWhole;
                    us = us.add(BigInteger.valueOf((long) scaledWhole));
                }
            } else {
                throw Errors.typeError("unsupported type for timedelta %s component: %s", PARAMS[i],
                        p[i].type().name());
            }
        }
        if (leftover != 0) {
            us = us.add(BigInteger.valueOf(roundLeftover(leftover, us.testBit(0))));
        }
        if (!any) {
            return new PyTimedelta(type, 0, 0, 0);
        }
        return PyTimedelta.ofMicros(type, us);
    }

    /** A whole float as an int, with int()'s errors for infinities and NaN. */
    private static BigInteger wholeFloat(double whole) {
        if (Double.isNaN(whole)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(whole)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return new BigDecimal(whole).toBigIntegerExact();
    }

    /**
     * The fractional microseconds the float components left, rounded as {@code delta_new} does:
     * C's {@code round} (half away from zero), except that an exact half goes to the even total.
     */
    private static long roundLeftover(double leftover, boolean totalOdd) {
        double whole = cRound(leftover);
        if (Math.abs(whole - leftover) == 0.5) {
            int odd = totalOdd ? 1 : 0;
            whole = 2.0 * cRound((leftover + odd) * 0.5) - odd;
        }
        return (long) whole;
    }

    /** C's {@code round}: to nearest, halves away from zero. */
    static double cRound(double x) {
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        return Math.abs(x - t) >= 0.5 ? t + Math.signum(x) : t;
    }

    static PyTimedelta delta(PyObject o) {
        return (PyTimedelta) o;
    }

    /**
     * A float's {@code as_integer_ratio()}: computed for a float, called for a subclass (which may
     * override it), checked as CPython's {@code get_float_as_integer_ratio}.
     */
    private static BigInteger[] ratio(PyFloat f) {
        if (f.getClass() == PyFloat.class) {
            return PyFloat.integerRatio(f.value());
        }
        PyObject r = org.taipan.runtime.Callables.callAttr(f, "as_integer_ratio");
        if (!(r instanceof PyTuple t)) {
            throw Errors.typeError("unexpected return type from as_integer_ratio(): expected tuple, got '%s'",
                    r.type().name());
        }
        if (t.size() != 2) {
            throw Errors.valueError("as_integer_ratio() must return a 2-tuple");
        }
        PyInt num = PyInt.asInt(t.get(0));
        PyInt den = PyInt.asInt(t.get(1));
        if (num == null || den == null) {
            throw Errors.typeError("as_integer_ratio() must return a tuple of two ints");
        }
        return new BigInteger[] {num.bigValue(), den.bigValue()};
    }

    private static PyObject multiply(PyObject a, PyObject b) {
        if (!(a instanceof PyTimedelta)) {
            PyObject t = a;
            a = b;
            b = t;
        }
        if (!(a instanceof PyTimedelta d)) {
            return NI;
        }
        PyInt n = PyInt.asInt(b);
        if (n != null) {
            return PyTimedelta.ofMicros(d.toMicros().multiply(n.bigValue()));
        }
        if (b instanceof PyFloat f) {
            BigInteger[] r = ratio(f);
            return PyTimedelta.ofMicros(divideNearestChecked(d.toMicros().multiply(r[0]), r[1]));
        }
        return NI;
    }

    private static BigInteger divideNearestChecked(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        return PyTimedelta.divideNearest(a, b);
    }

    private static PyObject trueDivide(PyObject a, PyObject b) {
        if (!(a instanceof PyTimedelta d)) {
            return NI;
        }
        if (b instanceof PyTimedelta e) {
            if (e.isZero()) {
                throw Errors.zeroDivision("division by zero");
            }
            return PyFloat.of(PyInt.trueDiv(PyInt.of(d.toMicros()), PyInt.of(e.toMicros())));
        }
        PyInt n = PyInt.asInt(b);
        if (n != null) {
            return PyTimedelta.ofMicros(divideNearestChecked(d.toMicros(), n.bigValue()));
        }
        if (b instanceof PyFloat f) {
            BigInteger[] r = ratio(f);
            return PyTimedelta.ofMicros(divideNearestChecked(d.toMicros().multiply(r[1]), r[0]));
        }
        return NI;
    }

    private static PyObject floorDivide(PyObject a, PyObject b) {
        if (!(a instanceof PyTimedelta d)) {
            return NI;
        }
        if (b instanceof PyTimedelta e) {
            if (e.isZero()) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return PyInt.of(PyTimedelta.floorDivMod(d.toMicros(), e.toMicros())[0]);
        }
        PyInt n = PyInt.asInt(b);
        if (n != null) {
            if (n.signum() == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            return PyTimedelta.ofMicros(PyTimedelta.floorDivMod(d.toMicros(), n.bigValue())[0]);
        }
        return NI;
    }

    private static PyObject remainder(PyObject a, PyObject b) {
        if (!(a instanceof PyTimedelta d) || !(b instanceof PyTimedelta e)) {
            return NI;
        }
        if (e.isZero()) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        return PyTimedelta.ofMicros(PyTimedelta.floorDivMod(d.toMicros(), e.toMicros())[1]);
    }

    private static PyObject divmod(PyObject a, PyObject b) {
        if (!(a instanceof PyTimedelta d) || !(b instanceof PyTimedelta e)) {
            return NI;
        }
        if (e.isZero()) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = PyTimedelta.floorDivMod(d.toMicros(), e.toMicros());
        return PyTuple.of(PyInt.of(qr[0]), PyTimedelta.ofMicros(qr[1]));
    }

    static PyTimedelta add(PyTimedelta a, PyTimedelta b) {
        return PyTimedelta.of((long) a.days + b.days, (long) a.seconds + b.seconds,
                (long) a.microseconds + b.microseconds);
    }

    static PyTimedelta subtract(PyTimedelta a, PyTimedelta b) {
        return PyTimedelta.of((long) a.days - b.days, (long) a.seconds - b.seconds,
                (long) a.microseconds - b.microseconds);
    }

    static PyTimedelta negate(PyTimedelta a) {
        return PyTimedelta.of(-(long) a.days, -(long) a.seconds, -(long) a.microseconds);
    }

    static String repr(PyTimedelta d) {
        StringBuilder sb = new StringBuilder(d.type().name()).append('(');
        String sep = "";
        if (d.days != 0) {
            sb.append("days=").append(d.days);
            sep = ", ";
        }
        if (d.seconds != 0) {
            sb.append(sep).append("seconds=").append(d.seconds);
            sep = ", ";
        }
        if (d.microseconds != 0) {
            sb.append(sep).append("microseconds=").append(d.microseconds);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            sb.append('0');
        }
        return sb.append(')').toString();
    }

    static String str(PyTimedelta d) {
        StringBuilder sb = new StringBuilder();
        if (d.days != 0) {
            sb.append(d.days).append(Math.abs(d.days) == 1 ? " day, " : " days, ");
        }
        int s = d.seconds;
        sb.append(s / 3600).append(':').append(twoDigits(s / 60 % 60)).append(':').append(twoDigits(s % 60));
        if (d.microseconds != 0) {
            sb.append('.').append(String.format("%06d", d.microseconds));
        }
        return sb.toString();
    }

    static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    static long hash(PyTimedelta d) {
        if (d.hash == -1) {
            d.hash = Abstract.hash(PyTuple.of(PyInt.of(d.days), PyInt.of(d.seconds), PyInt.of(d.microseconds)));
        }
        return d.hash;
    }

    static {
        TYPE.tp_new = TimedeltaType::newDelta;
        TYPE.tp_repr = o -> PyStr.of(repr(delta(o)));
        TYPE.tp_str = o -> PyStr.of(str(delta(o)));
        TYPE.tp_hash = o -> hash(delta(o));
        TYPE.tp_richcompare = (a, b, op) -> b instanceof PyTimedelta e
                ? PyBool.of(op.test(delta(a).compareTo(e))) : NI;
        TYPE.nb_bool = o -> !delta(o).isZero();
        TYPE.nb_add = (a, b) -> a instanceof PyTimedelta x && b instanceof PyTimedelta y ? add(x, y) : NI;
        TYPE.nb_subtract = (a, b) -> a instanceof PyTimedelta x && b instanceof PyTimedelta y
                ? subtract(x, y) : NI;
        TYPE.nb_negative = o -> negate(delta(o));
        TYPE.nb_positive = o -> {
            PyTimedelta d = delta(o);
            return new PyTimedelta(TYPE, d.days, d.seconds, d.microseconds);
        };
        TYPE.nb_absolute = o -> {
            PyTimedelta d = delta(o);
            return d.days < 0 ? negate(d) : new PyTimedelta(TYPE, d.days, d.seconds, d.microseconds);
        };
        TYPE.nb_multiply = TimedeltaType::multiply;
        TYPE.nb_true_divide = TimedeltaType::trueDivide;
        TYPE.nb_floor_divide = TimedeltaType::floorDivide;
        TYPE.nb_remainder = TimedeltaType::remainder;
        TYPE.nb_divmod = TimedeltaType::divmod;
        TYPE.addMethodNoArgs("total_seconds", o -> PyFloat.of(PyInt.trueDiv(PyInt.of(delta(o).toMicros()),
                PyInt.of(1_000_000))));
        TYPE.addMethodNoArgs("__reduce__", o -> {
            PyTimedelta d = delta(o);
            return PyTuple.of(o.type(), PyTuple.of(PyInt.of(d.days), PyInt.of(d.seconds), PyInt.of(d.microseconds)));
        });
        Fields.readOnlyMember(TYPE, "days", o -> PyInt.of(delta(o).days));
        Fields.readOnlyMember(TYPE, "seconds", o -> PyInt.of(delta(o).seconds));
        Fields.readOnlyMember(TYPE, "microseconds", o -> PyInt.of(delta(o).microseconds));
        TYPE.addAttr("min", new PyTimedelta(TYPE, -PyTimedelta.MAX_DAYS, 0, 0));
        TYPE.addAttr("max", new PyTimedelta(TYPE, PyTimedelta.MAX_DAYS, 86399, 999999));
        TYPE.addAttr("resolution", new PyTimedelta(TYPE, 0, 0, 1));
        TYPE.addAttr("__doc__", PyStr.of("Difference between two datetime values.\n\n"
                + "timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n"
                + "All arguments are optional and default to 0.\nArguments may be integers or floats, and may be "
                + "positive or negative."));
        TypedObject.refuseNewAttributes(TYPE);
        TYPE.ready();
    }
}
