package org.taipan.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The slots and methods of {@code int} (CPython's {@code Objects/longobject.c}). */
final class IntSlots {
    private IntSlots() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void install(PyType t) {
        t.tp_repr = o -> PyStr.simple(PyInt.asInt(o).toDecimalString());
        t.addMethodNoArgs("__sizeof__", self -> PyInt.of(ObjectSizes.intSizeof(PyInt.asInt(self))));
        t.tp_hash = o -> PyInt.asInt(o).hash();
        t.tp_richcompare = IntSlots::richCompare;
        t.nb_bool = o -> PyInt.asInt(o).signum() != 0;
        t.nb_add = (x, y) -> both(x, y) ? PyInt.add(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_subtract = (x, y) -> both(x, y) ? PyInt.sub(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_multiply = (x, y) -> both(x, y) ? PyInt.mul(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_floor_divide = (x, y) -> both(x, y) ? PyInt.floorDiv(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_remainder = (x, y) -> both(x, y) ? PyInt.mod(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_divmod = IntSlots::divmod;
        t.nb_true_divide = (x, y) -> both(x, y) ? new PyFloat(PyInt.trueDiv(PyInt.asInt(x), PyInt.asInt(y))) : NI;
        t.nb_power = IntSlots::power;
        t.nb_lshift = (x, y) -> both(x, y) ? PyInt.shiftLeft(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_rshift = (x, y) -> both(x, y) ? PyInt.shiftRight(PyInt.asInt(x), PyInt.asInt(y)) : NI;
        t.nb_and = PyInt::and;
        t.nb_or = PyInt::or;
        t.nb_xor = PyInt::xor;
        t.nb_negative = o -> PyInt.negate(PyInt.asInt(o));
        t.nb_positive = o -> PyInt.exact(PyInt.asInt(o));
        t.nb_absolute = o -> {
            PyInt i = PyInt.asInt(o);
            return i.signum() < 0 ? PyInt.negate(i) : PyInt.exact(i);
        };
        t.nb_invert = o -> PyInt.sub(PyInt.negate(PyInt.asInt(o)), PyInt.ONE);
        t.nb_int = o -> exact(PyInt.asInt(o));
        t.nb_index = o -> exact(PyInt.asInt(o));
        t.nb_float = o -> new PyFloat(PyInt.asInt(o).doubleValue());
        t.tp_new = IntSlots::newInt;
        t.addMethod("bit_length", (self, a, k) -> {
            Args.noArgs("int.bit_length", a, k);
            PyInt i = PyInt.asInt(self);
            return PyInt.of(i.fitsLong() && i.longValue() != Long.MIN_VALUE
                    ? 64 - Long.numberOfLeadingZeros(Math.abs(i.longValue())) : i.bigValue().abs().bitLength());
        });
        t.addMethod("bit_count", (self, a, k) -> {
            Args.noArgs("int.bit_count", a, k);
            return PyInt.of(PyInt.asInt(self).bigValue().abs().bitCount());
        });
        t.addMethod("conjugate", (self, a, k) -> {
            Args.noArgs("int.conjugate", a, k);
            return PyInt.exact(PyInt.asInt(self));
        });
        t.addMethod("as_integer_ratio", (self, a, k) -> {
            Args.noArgs("int.as_integer_ratio", a, k);
            return PyTuple.of(PyInt.of(PyInt.asInt(self).bigValue()), PyInt.of(1));
        });
        t.addMethod("to_bytes", IntSlots::toBytes);
        t.addAttr("from_bytes", new PyClassMethodDescr(t, new PyBuiltinFunction("from_bytes", IntSlots::fromBytes)));
        t.addMethodNoArgs("__trunc__", self -> PyInt.exact(PyInt.asInt(self)));
        t.addMethodNoArgs("__floor__", self -> PyInt.exact(PyInt.asInt(self)));
        t.addMethodNoArgs("__ceil__", self -> PyInt.exact(PyInt.asInt(self)));
        t.addMethod("__round__", (self, a, k) -> {
            Args.check("__round__", a, k, 0, 1);
            if (a.length == 0 || a[0] == PyNone.NONE) {
                return PyInt.exact(PyInt.asInt(self));
            }
            return roundInt(PyInt.asInt(self), Abstract.index(a[0], null));
        });
        t.addMethodNoArgs("__getnewargs__", self -> PyTuple.of(PyInt.exact(PyInt.asInt(self))));
        t.addMethodOneArg("__format__", (self, arg) -> {
            PyObject spec = arg;
            String text = formatSpec(spec);
            if (text.isEmpty()) {
                return Abstract.str(self);
            }
            return PyStr.of(NumberFormat.formatInt(PyInt.asInt(self), text, self.type().name()));
        });
        t.addAttr("real", new PyGetSetDescr(t, "real", o -> PyInt.exact(PyInt.asInt(o)), null));
        t.addAttr("imag", new PyGetSetDescr(t, "imag", o -> PyInt.ZERO, null));
        t.addAttr("numerator", new PyGetSetDescr(t, "numerator", o -> PyInt.exact(PyInt.asInt(o)), null));
        t.addAttr("denominator", new PyGetSetDescr(t, "denominator", o -> PyInt.ONE, null));
    }

    /** The spec argument of a number's {@code __format__}: a str. */
    static String formatSpec(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not %s", spec.type().name());
        }
        return s.toString();
    }

    private static String byteorder(PyObject o, String fname) {
        if (o == null) {
            return "big";
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("%s() argument 'byteorder' must be str, not %s", fname, o.type().name());
        }
        String s = o.toString();
        if (!s.equals("big") && !s.equals("little")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        return s;
    }

    private static PyObject toBytes(PyObject self, PyObject[] a, String[] k) {
        Args.onlyKeywords("to_bytes", k, "length", "byteorder", "signed");
        int npos = Args.positional(a, k);
        if (npos > 2) {
            throw Errors.typeError("to_bytes() takes at most 2 positional arguments (%d given)", npos);
        }
        PyObject lenO = npos > 0 ? a[0] : Args.keyword(a, k, "length");
        String order = byteorder(npos > 1 ? a[1] : Args.keyword(a, k, "byteorder"), "to_bytes");
        PyObject signedO = Args.keyword(a, k, "signed");
        boolean signed = signedO != null && Abstract.isTrue(signedO);
        long len = lenO == null ? 1 : Abstract.index(lenO, null).ssizeValue();
        if (len < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = PyInt.asInt(self).bigValue();
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > len * 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) len];
        byte[] twos = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < len; i++) {
            int src = twos.length - 1 - i;
            out[(int) len - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (order.equals("little")) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return PyBytes.of(out);
    }

    private static PyObject fromBytes(PyObject[] a, String[] k) {
        Args.onlyKeywords("from_bytes", k, "bytes", "byteorder", "signed");
        int npos = Args.positional(a, k);
        if (npos > 3) {
            throw Errors.typeError("from_bytes() takes at most 2 positional arguments (%d given)", npos - 1);
        }
        PyObject src = npos > 1 ? a[1] : Args.keyword(a, k, "bytes");
        if (src == null) {
            throw Errors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        String order = byteorder(npos > 2 ? a[2] : Args.keyword(a, k, "byteorder"), "from_bytes");
        PyObject signedO = Args.keyword(a, k, "signed");
        boolean signed = signedO != null && Abstract.isTrue(signedO);
        byte[] b;
        if (src instanceof PyBytes pb) {
            b = pb.bytes().clone();
        } else if (src instanceof PyStr || PyInt.asInt(src) != null) {
            // PyObject_Bytes refuses these before trying the iterable protocol.
            throw Errors.typeError("cannot convert '%s' object to bytes", src.type().name());
        } else {
            b = ((PyBytes) Callables.call(PyBytes.TYPE, src)).bytes().clone();
        }
        if (order.equals("little")) {
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        PyInt r = PyInt.of(v);
        return a[0] == PyInt.TYPE ? r : Callables.call(a[0], r);
    }

    private static PyInt exact(PyInt i) {
        return PyInt.exact(i);
    }

    private static boolean both(PyObject x, PyObject y) {
        return PyInt.asInt(x) != null && PyInt.asInt(y) != null;
    }

    private static PyObject richCompare(PyObject x, PyObject y, CompareOp op) {
        PyInt a = PyInt.asInt(x), b = PyInt.asInt(y);
        if (a == null || b == null) {
            return NI;
        }
        return PyBool.of(op.test(PyInt.compare(a, b)));
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        if (!both(x, y)) {
            return NI;
        }
        PyInt a = PyInt.asInt(x), b = PyInt.asInt(y);
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        return PyTuple.of(PyInt.floorDiv(a, b), PyInt.mod(a, b));
    }

    private static PyObject power(PyObject x, PyObject y) {
        if (!both(x, y)) {
            return NI;
        }
        PyInt a = PyInt.asInt(x), b = PyInt.asInt(y);
        if (b.signum() < 0) {
            // A negative exponent gives a float, as CPython's long_pow does.
            return FloatSlots.pow(a.doubleValue(), b.doubleValue());
        }
        return PyInt.pow(a, b);
    }

    /** {@code round(i, ndigits)} for a negative {@code ndigits}: round half to even at 10**-ndigits. */
    static PyInt roundInt(PyInt i, PyInt nd) {
        if (nd.signum() >= 0) {
            return i;
        }
        if (!nd.fitsLong() || nd.longValue() < -4300) {
            return PyInt.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -nd.longValue());
        BigDecimal v = new BigDecimal(i.bigValue()).divide(new BigDecimal(pow));
        BigInteger r = v.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact();
        return PyInt.of(r.multiply(pow));
    }

    private static PyObject newInt(PyType type, PyObject[] args, String[] kwnames) {
        PyObject x = null, base = null;
        int npos = Args.positional(args, kwnames);
        // Argument Clinic counts keywords too before naming a bad one.
        if (args.length > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (%d given)", args.length);
        }
        if (npos >= 1) {
            x = args[0];
        }
        if (npos == 2) {
            base = args[1];
        }
        if (kwnames != null) {
            for (int i = 0; i < kwnames.length; i++) {
                if (kwnames[i].equals("base")) {
                    base = args[npos + i];
                } else {
                    throw Errors.typeError("'%s' is an invalid keyword argument for int()", kwnames[i]);
                }
            }
        }
        if (type != PyInt.TYPE) {
            // The keywords (base=) must reach the plain int as well: int.__new__(Sub, 'FACE', base=16)
            // is how pickle rebuilds an int subclass from __getnewargs_ex__.
            return new PyInt.Sub(type, (PyInt) newInt(PyInt.TYPE, args, kwnames));
        }
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base != null) {
            PyInt bi = Abstract.index(base, null);
            int b = bi.fitsLong() && bi.longValue() >= -36 && bi.longValue() <= 36 ? (int) bi.longValue() : -1;
            if (b != 0 && (b < 2 || b > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                return parse(s, b);
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                byte[] raw = x instanceof PyBytes pb ? pb.bytes() : ((PyByteArray) x).toBytes();
                // _PyLong_FromBytes: the error shows the bytes, for a bytearray too
                return parse(PyStr.of(NumberParser.bytesText(raw)), b, PyBytes.of(raw));
            }
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return Abstract.toInt(x);
    }

    /**
     * {@code int(s, base)}: optional whitespace and sign, digits with single underscores
     * between them, a {@code 0x}/{@code 0o}/{@code 0b} prefix when the base allows it.
     *
     * @throws PyException ValueError "invalid literal for int() with base 10: 'z'"
     */
    static PyInt parse(PyStr str, int base) {
        return parse(str, base, str);
    }

    /** {@code s} without leading and trailing Python whitespace (str.isspace: NBSP too, unlike String.strip). */
    private static String pyStrip(String s) {
        int a = 0, b = s.length();
        while (a < b && StrMethods.isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && StrMethods.isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static final long NOT_SMALL = Long.MIN_VALUE;

    /** For each base 2..36, the most digits whose every value fits a long (18 for base 10). */
    private static final int[] SMALL_DIGITS = new int[37];

    static {
        for (int b = 2; b <= 36; b++) {
            long p = 1;
            int k = 0;
            while (p <= Long.MAX_VALUE / b) {
                p *= b;
                k++;
            }
            SMALL_DIGITS[b] = k;
        }
    }

    /**
     * The value of {@code s} when it is only an optional sign, the base's {@code 0x}/{@code 0o}/
     * {@code 0b} prefix where one is allowed, and ASCII digits that fit a long (no blanks or
     * underscores; with base 0 no leading zero on a decimal), else {@link #NOT_SMALL}: the
     * common {@code int("12345")}, {@code int("ff", 16)} and {@code int("0x1f", 0)} (tomllib's
     * numbers) without the general parser's copies and BigInteger. Anything else, errors
     * included, takes the general path.
     */
    private static long smallInt(String s, int base) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i = 1;
        }
        int b = base;
        if (n - i >= 2 && s.charAt(i) == '0' && (base == 0 || base == 16 || base == 8 || base == 2)) {
            char p = (char) (s.charAt(i + 1) | 0x20);
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
            }
        }
        if (b == 0) {
            if (n - i > 1 && s.charAt(i) == '0') {
                return NOT_SMALL;
            }
            b = 10;
        }
        int digits = n - i;
        if (digits < 1 || digits > SMALL_DIGITS[b]) {
            return NOT_SMALL;
        }
        long v = 0;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            int d = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'z' ? c - 'a' + 10
                    : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= b) {
                return NOT_SMALL;
            }
            v = v * b + d;
        }
        return s.charAt(0) == '-' ? -v : v;
    }

    /** {@link #parse(PyStr, int)} naming {@code shown} (the str or bytes given) in the error message. */
    static PyInt parse(PyStr str, int base, PyObject shown) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        long small = smallInt(str.toString(), base);
        if (small != NOT_SMALL) {
            return PyInt.of(small);
        }
        String s = pyStrip(str.toString());
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        boolean base0 = b == 0;
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(shown, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || c > 0x7f && !Character.isDigit(c)) {
                throw invalid(shown, base);
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalid(shown, base);
        }
        String ds = digits.toString();
        // With base 0 a decimal literal may not have leading zeros (except zero itself).
        if (base0 && b == 10 && ds.length() > 1 && ds.charAt(0) == '0' && !ds.chars().allMatch(c -> c == '0')) {
            throw invalid(shown, base);
        }
        int limit = PyInt.maxStrDigits();
        if ((b & (b - 1)) != 0 && limit > 0 && ds.length() > limit) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, ds.length());
        }
        BigInteger v = new BigInteger(ds, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static PyException invalid(PyObject s, int base) {
        String r = Abstract.repr(s);
        // CPython formats it with %.200R.
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return Errors.valueError("invalid literal for int() with base %d: %s", base, r);
    }
}
