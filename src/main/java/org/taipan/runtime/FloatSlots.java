package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The slots and methods of {@code float} (CPython's {@code Objects/floatobject.c}). */
final class FloatSlots {
    private FloatSlots() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void install(PyType t) {
        t.tp_repr = o -> PyStr.of(NumberFormat.repr(((PyFloat) o).value()));
        t.tp_hash = o -> PyFloat.hash(((PyFloat) o).value(), o);
        t.tp_richcompare = FloatSlots::richCompare;
        t.nb_bool = o -> ((PyFloat) o).value() != 0;
        t.nb_add = (x, y) -> binary(x, y, 0);
        t.nb_subtract = (x, y) -> binary(x, y, 1);
        t.nb_multiply = (x, y) -> binary(x, y, 2);
        t.nb_true_divide = (x, y) -> binary(x, y, 3);
        t.nb_floor_divide = (x, y) -> binary(x, y, 4);
        t.nb_remainder = (x, y) -> binary(x, y, 5);
        t.nb_power = (x, y) -> binary(x, y, 6);
        t.nb_divmod = (x, y) -> binary(x, y, 7);
        t.nb_negative = o -> new PyFloat(-((PyFloat) o).value());
        t.nb_positive = o -> o.getClass() == PyFloat.class ? o : new PyFloat(((PyFloat) o).value());
        t.nb_absolute = o -> new PyFloat(Math.abs(((PyFloat) o).value()));
        t.nb_int = o -> toInt(((PyFloat) o).value());
        t.nb_float = o -> o.getClass() == PyFloat.class ? o : new PyFloat(((PyFloat) o).value());
        t.tp_new = FloatSlots::newFloat;
        t.addMethod("is_integer", (self, a, k) -> {
            Args.noArgs("float.is_integer", a, k);
            double v = ((PyFloat) self).value();
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        t.addMethodNoArgs("conjugate", self -> self.getClass() == PyFloat.class ? self : new PyFloat(((PyFloat) self).value()));
        t.addMethodNoArgs("__trunc__", self -> toInt(((PyFloat) self).value()));
        t.addMethodNoArgs("__floor__", self -> toInt(Math.floor(((PyFloat) self).value())));
        t.addMethodNoArgs("__ceil__", self -> toInt(Math.ceil(((PyFloat) self).value())));
        t.addMethod("__round__", (self, a, k) -> {
            Args.check("__round__", a, k, 0, 1);
            double v = ((PyFloat) self).value();
            if (a.length == 0 || a[0] == PyNone.NONE) {
                return toInt(Math.rint(v));
            }
            return new PyFloat(round(v, Abstract.index(a[0], null)));
        });
        t.addMethod("as_integer_ratio", (self, a, k) -> {
            Args.noArgs("float.as_integer_ratio", a, k);
            return asIntegerRatio(((PyFloat) self).value());
        });
        t.addMethod("hex", (self, a, k) -> {
            Args.noArgs("float.hex", a, k);
            return PyStr.of(hex(((PyFloat) self).value()));
        });
        t.addAttr("fromhex", new PyClassMethodDescr(t, new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.noKeywords("float.fromhex", k);
            if (a.length != 2) {
                throw Errors.typeError("float.fromhex() takes exactly one argument (%d given)", a.length - 1);
            }
            if (!(a[1] instanceof PyStr s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyObject f = new PyFloat(fromHex(s.toString()));
            return a[0] == PyFloat.TYPE ? f : Callables.call(a[0], f);
        })));
        t.addMethodNoArgs("__getnewargs__", self -> PyTuple.of(new PyFloat(((PyFloat) self).value())));
        t.addAttr("__getformat__", new PyClassMethodDescr(t, new PyBuiltinFunction("__getformat__", (a, k) -> {
            Args.check("__getformat__", a, k, 2, 2);
            if (!(a[1] instanceof PyStr s)) {
                throw Errors.typeError("__getformat__() argument must be str, not %s", a[1].type().name());
            }
            if (!s.toString().equals("double") && !s.toString().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
        t.addMethodOneArg("__format__", (self, arg) -> {
            PyObject spec = arg;
            String text = IntSlots.formatSpec(spec);
            if (text.isEmpty()) {
                return Abstract.str(self);
            }
            return PyStr.of(NumberFormat.formatFloat(((PyFloat) self).value(), text, self.type().name()));
        });
        t.addAttr("real", new PyGetSetDescr(t, "real", o -> o.getClass() == PyFloat.class ? o : new PyFloat(((PyFloat) o).value()), null));
        t.addAttr("imag", new PyGetSetDescr(t, "imag", o -> new PyFloat(0.0), null));
    }

    /** The operand as a double for mixed arithmetic, or NaN-free null when it is not a number we take. */
    private static Double operand(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        PyInt i = PyInt.asInt(o);
        return i == null ? null : i.doubleValue();
    }

    private static PyObject binary(PyObject x, PyObject y, int op) {
        if (!(x instanceof PyFloat) && !(y instanceof PyFloat)) {
            return NI;
        }
        Double a = operand(x), b = operand(y);
        if (a == null || b == null) {
            return NI;
        }
        double v = a, w = b;
        return switch (op) {
            case 0 -> new PyFloat(v + w);
            case 1 -> new PyFloat(v - w);
            case 2 -> new PyFloat(v * w);
            case 3 -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                yield new PyFloat(v / w);
            }
            case 4 -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                yield new PyFloat(divmod(v, w)[0]);
            }
            case 5 -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                yield new PyFloat(divmod(v, w)[1]);
            }
            case 6 -> pow(v, w);
            default -> {
                if (w == 0) {
                    throw Errors.zeroDivision("float divmod()");
                }
                double[] r = divmod(v, w);
                yield PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
            }
        };
    }

    /** Python's float divmod: floor quotient and a remainder with the divisor's sign ({@code float_divmod}). */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return w == Math.floor(w) && Math.abs(w) < 0x1p53 && Math.abs(w % 2.0) == 1.0;
    }

    /** {@code v ** w} with CPython's special cases and errors ({@code float_pow}). */
    static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return new PyFloat(1.0);
            }
            return new PyFloat((iw > 0) == (av > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0) {
                return new PyFloat(odd ? iv : Double.POSITIVE_INFINITY);
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0) {
            if (iw < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(isOddInteger(iw) ? iv : 0.0);
        }
        if (iv < 0 && iw != Math.floor(iw)) {
            return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
        }
        if (iv == 1.0) {
            return new PyFloat(1.0);
        }
        double r = Libm.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw Errors.of(ExceptionTypes.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return new PyFloat(r);
    }

    /** {@code int(f)}: truncation toward zero; errors for infinities and NaN. */
    static PyInt toInt(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 0x1p62) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    private static PyObject richCompare(PyObject x, PyObject y, CompareOp op) {
        double a = ((PyFloat) x).value();
        if (y instanceof PyFloat f) {
            double b = f.value();
            return PyBool.of(switch (op) {
                case LT -> a < b; case LE -> a <= b; case EQ -> a == b;
                case NE -> a != b; case GT -> a > b; case GE -> a >= b;
            });
        }
        PyInt i = PyInt.asInt(y);
        if (i == null) {
            return NI;
        }
        return compareWithInt(a, i, op);
    }

    /** {@code a <op> i} compared exactly, as {@code float_richcompare} does for an int (a big int may not be a double). */
    static PyObject compareWithInt(double a, PyInt i, CompareOp op) {
        if (Double.isNaN(a)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int c;
        if (Double.isInfinite(a)) {
            c = a > 0 ? 1 : -1;
        } else if (i.fitsLong() && Math.abs(i.longValue()) <= (1L << 53)) {
            c = Double.compare(a, (double) i.longValue());
            if (a == 0 && i.longValue() == 0) {
                c = 0;
            }
        } else {
            c = new BigDecimal(a).compareTo(new BigDecimal(i.bigValue()));
        }
        return PyBool.of(op.test(c));
    }

    /** {@code round(x, n)}: correctly rounded half-even on the exact decimal value. */
    static double round(double v, PyInt nd) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v;
        }
        // CPython clamps ndigits to Py_ssize_t: far beyond the double's digits either way.
        if (nd.signum() > 0 && (!nd.fitsLong() || nd.longValue() > 400)) {
            return v;
        }
        if (nd.signum() < 0 && (!nd.fitsLong() || nd.longValue() < -400)) {
            return Math.copySign(0.0, v);
        }
        BigDecimal r = new BigDecimal(v).setScale((int) nd.longValue(), java.math.RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return d == 0 ? Math.copySign(0.0, v) : d;
    }

    private static PyObject asIntegerRatio(double v) {
        return PyFloat.integerRatioTuple(v);
    }

    private static String hex(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return FloatRepr.repr(v);
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        }
        String s = Double.toHexString(v);
        // Java: 0x1.8p1; Python: 0x1.8000000000000p+1
        int p = s.indexOf('p');
        String mant = s.substring(0, p);
        String exp = s.substring(p + 1);
        int dot = mant.indexOf('.');
        String frac = mant.substring(dot + 1);
        frac = (frac + "0000000000000").substring(0, 13);
        int e = Integer.parseInt(exp);
        if (mant.contains("0x0.")) {
            // Subnormal: Python normalizes to 0x0.xxxp-1022 as well.
            return mant.substring(0, dot + 1) + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
        }
        return mant.substring(0, dot + 1) + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /**
     * {@code text} without leading and trailing ASCII whitespace (C's {@code isspace}, CPython's
     * {@code Py_ISSPACE}): {@code float.fromhex} strips only those, unlike {@code float()}.
     */
    private static String stripAsciiSpace(String text) {
        int start = 0, end = text.length();
        while (start < end && NumberParser.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && NumberParser.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code float.fromhex(s)}: {@code [sign]['0x']hexdigits['.'hexdigits]['p'exponent]}, inf and nan. */
    static double fromHex(String text) {
        double fast = fromHexPlain(text);
        if (fast == fast) {
            return fast;
        }
        String s = stripAsciiSpace(text).toLowerCase(java.util.Locale.ROOT);
        boolean neg = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("inf") || s.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.equals("nan")) {
            return neg ? NumberParser.NEGATIVE_NAN : Double.NaN;
        }
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        String mant = s, exp = "0";
        int p = s.indexOf('p');
        if (p >= 0) {
            mant = s.substring(0, p);
            exp = s.substring(p + 1);
        }
        if (!mant.matches("[0-9a-f]*(\\.[0-9a-f]*)?") || mant.replace(".", "").isEmpty() || !exp.matches("[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        double d;
        try {
            d = Double.parseDouble("0x" + (mant.startsWith(".") ? "0" + mant : mant) + "p" + exp);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return neg ? -d : d;
    }

    /**
     * {@link #fromHex} of the plain spelling {@code [+-][0x]h*[.h*][p[+-]d{1,9}]} with at least one
     * hex digit, without regular expressions or copies; NaN for anything else (spaces, inf, nan,
     * long exponents, errors), which the general path then parses.
     *
     * <p>The first 15 significant hex digits (60 bits) are kept exactly and the rest only as a
     * sticky bit, which is enough to round correctly (half to even) to 53 bits or to a subnormal.
     *
     * @throws PyException OverflowError "hexadecimal value too large to represent as a float"
     */
    private static double fromHexPlain(String s) {
        int n = s.length(), i = 0;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x') {
            i += 2;
        }
        long mant = 0;
        long exp = 0;
        int kept = 0, digits = 0;
        boolean sticky = false, fraction = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0) {
                break;
            }
            digits++;
            if (mant == 0 && d == 0) {
                exp -= fraction ? 4 : 0;
            } else if (kept < 15) {
                mant = mant << 4 | d;
                kept++;
                exp -= fraction ? 4 : 0;
            } else {
                sticky |= d != 0;
                exp += fraction ? 0 : 4;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n) {
            if ((s.charAt(i) | 0x20) != 'p') {
                return Double.NaN;
            }
            i++;
            boolean negExp = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negExp = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            long e = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                e = e * 10 + (c - '0');
            }
            if (i == start || i - start > 9) {
                return Double.NaN;
            }
            exp += negExp ? -e : e;
        }
        if (mant == 0) {
            return neg ? -0.0 : 0.0;
        }
        int bits = 64 - Long.numberOfLeadingZeros(mant);
        long top = bits - 1 + exp;
        if (top > Double.MAX_EXPONENT) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        if (top < Double.MIN_EXPONENT - 60) {
            return neg ? -0.0 : 0.0;
        }
        // Bits below 2**-1074 (subnormals) or past the 53rd go; what they were decides the rounding.
        int shift = (int) Math.max(bits - 53, -1074 - exp);
        if (shift > 0) {
            if (shift > bits) {
                return neg ? -0.0 : 0.0;
            }
            long dropped = mant & ((1L << shift) - 1), half = 1L << (shift - 1);
            mant >>>= shift;
            if (dropped > half || (dropped == half && (sticky || (mant & 1) != 0))) {
                mant++;
            }
            exp += shift;
        }
        double r = Math.scalb((double) mant, (int) exp);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    private static PyObject newFloat(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywordsForNew("float", type, PyFloat.TYPE, kwnames);
        args = Args.positionalPart(args, kwnames);
        if (args.length > 1) {
            throw Errors.typeError("float expected at most 1 argument, got %d", args.length);
        }
        if (type != PyFloat.TYPE) {
            return new PyFloat.Sub(type, ((PyFloat) newFloat(PyFloat.TYPE, args, null)).value());
        }
        if (args.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = args[0];
        if (x.getClass() == PyStr.class) {
            return new PyFloat(parseObject(x));
        }
        return Abstract.toFloat(x);
    }

    /** {@code float(s)} for a str, bytes or bytearray ({@code PyFloat_FromString}). */
    static double parseObject(PyObject x) {
        String text;
        if (x instanceof PyStr s) {
            text = s.toString();
        } else {
            text = NumberParser.bytesText(Buffers.bytesOrNull(x));
        }
        return NumberParser.parseFloat(text, x);
    }

    /**
     * {@code float(s)}: decimal or {@code inf}/{@code nan} spellings, underscores between digits.
     *
     * @throws PyException ValueError "could not convert string to float: 'abc'"
     */
    static double parse(PyStr str) {
        return NumberParser.parseFloat(str.toString(), str);
    }
}
