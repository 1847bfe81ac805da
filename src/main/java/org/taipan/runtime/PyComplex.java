package org.taipan.runtime;

/** {@code complex}: a pair of doubles. (Arithmetic and repr; the cmath-level functions come later.) */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT);

    static {
        TYPE.tp_repr = o -> PyStr.of(((PyComplex) o).repr());
        TYPE.tp_hash = o -> {
            PyComplex c = (PyComplex) o;
            long h = PyFloat.hash(c.real, o) + 1000003L * PyFloat.hash(c.imag, o);
            return h == -1 ? -2 : h;
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            PyComplex y = coerce(b);
            if (y == null || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyComplex x = (PyComplex) a;
            return PyBool.of((x.real == y.real && x.imag == y.imag) == (op == CompareOp.EQ));
        };
        TYPE.nb_bool = o -> ((PyComplex) o).real != 0 || ((PyComplex) o).imag != 0;
        TYPE.nb_add = (a, b) -> op(a, b, '+');
        TYPE.nb_subtract = (a, b) -> op(a, b, '-');
        TYPE.nb_multiply = (a, b) -> op(a, b, '*');
        TYPE.nb_true_divide = (a, b) -> op(a, b, '/');
        TYPE.nb_power = (a, b) -> {
            PyComplex x = coerce(a), y = coerce(b);
            return x == null || y == null ? PyNotImplemented.NOT_IMPLEMENTED : pow(x, y);
        };
        TYPE.nb_negative = o -> new PyComplex(-((PyComplex) o).real, -((PyComplex) o).imag);
        TYPE.nb_positive = o -> o;
        TYPE.nb_absolute = o -> new PyFloat(Math.hypot(((PyComplex) o).real, ((PyComplex) o).imag));
        TYPE.addAttr("real", new PyGetSetDescr(TYPE, "real", o -> new PyFloat(((PyComplex) o).real), null));
        TYPE.addAttr("imag", new PyGetSetDescr(TYPE, "imag", o -> new PyFloat(((PyComplex) o).imag), null));
        TYPE.addMethod("conjugate", (self, a, k) -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        TYPE.tp_new = (t, a, k) -> {
            if (a.length == 1 && a[0] instanceof PyStr s) {
                return parse(s.toString());
            }
            PyObject first = a.length > 0 ? a[0] : null;
            if (first != null && !(first instanceof PyComplex) && !(first instanceof PyStr)) {
                // As try_complex_special_method: __complex__ comes before __float__/__index__.
                PyObject m = first.type().lookup(PyStr.of("__complex__"));
                if (m != null) {
                    PyObject r = Callables.callMethod(m, first, new PyObject[0], null);
                    if (!(r instanceof PyComplex)) {
                        throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().name());
                    }
                    first = r;
                }
            }
            double re = first != null ? (first instanceof PyComplex c ? c.real : Abstract.toDouble(first)) : 0;
            double im = first instanceof PyComplex c ? c.imag : 0;
            if (a.length > 1) {
                PyComplex c2 = coerce(a[1]);
                if (c2 == null) {
                    throw Errors.typeError("complex() second argument must be a number, not '%s'", a[1].type().name());
                }
                re -= c2.imag;
                // A real second argument is the imaginary part as is (keeps -0.0).
                im = first instanceof PyComplex || a[1] instanceof PyComplex ? im + c2.real : c2.real;
            }
            return new PyComplex(re, im);
        };
        TYPE.ready();
    }

    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value(), 0);
        }
        PyInt i = PyInt.asInt(o);
        return i == null ? null : new PyComplex(i.doubleValue(), 0);
    }

    private static PyObject op(PyObject a, PyObject b, char op) {
        PyComplex x = coerce(a), y = coerce(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case '+' -> new PyComplex(x.real + y.real, x.imag + y.imag);
            case '-' -> new PyComplex(x.real - y.real, x.imag - y.imag);
            case '*' -> new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
            default -> {
                if (y.real == 0 && y.imag == 0) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                double d = y.real * y.real + y.imag * y.imag;
                yield new PyComplex((x.real * y.real + x.imag * y.imag) / d, (x.imag * y.real - x.real * y.imag) / d);
            }
        };
    }

    /** {@code a ** b} as CPython's {@code c_pow}, with repeated multiplication for small integer exponents. */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            PyComplex r = powu(a, Math.abs(n));
            if (n < 0) {
                return (PyComplex) op(new PyComplex(1, 0), r, '/');
            }
            return r;
        }
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = (PyComplex) op(r, p, '*');
            }
            mask <<= 1;
            p = (PyComplex) op(p, p, '*');
        }
        return r;
    }

    /** {@code complex("1+2j")}. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        String num = "(?:(?:\\d[\\d_]*)?(?:\\.[\\d_]*)?(?:[eE][+-]?\\d+)?|inf|infinity|nan)";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)([+-]?" + num + ")?(?:([+-]" + num + ")?j)?")
                .matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        boolean hasJ = s.toLowerCase().endsWith("j");
        String re = m.group(1), im = m.group(2);
        try {
            if (!hasJ) {
                return new PyComplex(FloatSlots.parse(PyStr.of(re)), 0);
            }
            if (im == null) {
                // "3j", "-j": the whole thing is the imaginary part.
                String body = re == null || re.isEmpty() || re.equals("+") || re.equals("-") ? (re == null ? "" : re) + "1"
                        : re;
                return new PyComplex(0, FloatSlots.parse(PyStr.of(body)));
            }
            String ib = im.equals("+") || im.equals("-") ? im + "1" : im;
            return new PyComplex(FloatSlots.parse(PyStr.of(re)), FloatSlots.parse(PyStr.of(ib)));
        } catch (PyException e) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
    }

    private static String part(double d) {
        String r = FloatRepr.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    String repr() {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(real) + sign + im + "j)";
    }
}
