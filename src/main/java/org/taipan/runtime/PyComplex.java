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
        TYPE.nb_negative = o -> new PyComplex(-((PyComplex) o).real, -((PyComplex) o).imag);
        TYPE.nb_positive = o -> o;
        TYPE.nb_absolute = o -> new PyFloat(Math.hypot(((PyComplex) o).real, ((PyComplex) o).imag));
        TYPE.addAttr("real", new PyGetSetDescr(TYPE, "real", o -> new PyFloat(((PyComplex) o).real), null));
        TYPE.addAttr("imag", new PyGetSetDescr(TYPE, "imag", o -> new PyFloat(((PyComplex) o).imag), null));
        TYPE.addMethod("conjugate", (self, a, k) -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        TYPE.tp_new = (t, a, k) -> {
            double re = a.length > 0 ? (a[0] instanceof PyComplex c ? c.real : Abstract.toDouble(a[0])) : 0;
            double im = a.length > 0 && a[0] instanceof PyComplex c ? c.imag : 0;
            if (a.length > 1) {
                PyComplex c2 = coerce(a[1]);
                re -= c2.imag;
                im += c2.real;
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

    private static String part(double d) {
        String r = FloatRepr.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    String repr() {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        String sign = imag < 0 || (imag == 0 && Double.doubleToRawLongBits(imag) != 0) || Double.isNaN(imag) && im.startsWith("-")
                ? "" : "+";
        if (Double.isNaN(imag)) {
            sign = "+";
        }
        return "(" + part(real) + sign + im + "j)";
    }
}
