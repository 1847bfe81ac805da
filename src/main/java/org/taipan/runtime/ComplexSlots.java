package org.taipan.runtime;

/** The slots, constructor and methods of {@code complex} (CPython's {@code Objects/complexobject.c}). */
final class ComplexSlots {
    private ComplexSlots() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void install(PyType t) {
        t.tp_repr = o -> PyStr.of(((PyComplex) o).repr());
        t.tp_hash = o -> {
            PyComplex c = (PyComplex) o;
            long h = PyFloat.hash(c.real, o) + 1000003L * PyFloat.hash(c.imag, o);
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = ComplexSlots::richCompare;
        t.nb_bool = o -> ((PyComplex) o).real != 0 || ((PyComplex) o).imag != 0;
        t.nb_add = (a, b) -> binary(a, b, '+');
        t.nb_subtract = (a, b) -> binary(a, b, '-');
        t.nb_multiply = (a, b) -> binary(a, b, '*');
        t.nb_true_divide = (a, b) -> binary(a, b, '/');
        t.nb_power = (a, b) -> binary(a, b, 'p');
        t.nb_negative = o -> new PyComplex(-((PyComplex) o).real, -((PyComplex) o).imag);
        t.nb_positive = o -> exact((PyComplex) o);
        t.nb_absolute = o -> {
            PyComplex c = (PyComplex) o;
            double r = Libm.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Errors.overflow("absolute value too large");
            }
            return new PyFloat(r);
        };
        t.tp_new = ComplexSlots::newComplex;
        // Members of the C struct in CPython (complex_members), hence member descriptors.
        t.addAttr("real", PyMemberDescr.readOnly(t, "real", o -> new PyFloat(((PyComplex) o).real)));
        t.addAttr("imag", PyMemberDescr.readOnly(t, "imag", o -> new PyFloat(((PyComplex) o).imag)));
        t.addMethod("conjugate", (self, a, k) -> {
            Args.noArgs("complex.conjugate", a, k);
            return new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag);
        });
        t.addMethodNoArgs("__complex__", self -> {
            return exact((PyComplex) self);
        });
        t.addMethodNoArgs("__getnewargs__", self -> {
            return PyTuple.of(new PyFloat(((PyComplex) self).real), new PyFloat(((PyComplex) self).imag));
        });
        t.addMethodOneArg("__format__", (self, arg) -> {
            String spec = IntSlots.formatSpec(arg);
            PyComplex c = (PyComplex) self;
            if (spec.isEmpty()) {
                return Abstract.str(self);
            }
            return PyStr.of(NumberFormat.formatComplex(c.real, c.imag, spec, self.type().name()));
        });
    }

    private static PyComplex exact(PyComplex c) {
        return c.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
    }

    /** A number operand as a complex for mixed arithmetic, or null (then NotImplemented). */
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

    private static PyObject binary(PyObject a, PyObject b, char op) {
        PyComplex x = coerce(a), y = coerce(b);
        if (x == null || y == null) {
            return NI;
        }
        return switch (op) {
            case '+' -> PyComplex.add(x, y);
            case '-' -> PyComplex.sub(x, y);
            case '*' -> PyComplex.mul(x, y);
            case 'p' -> PyComplex.pow(x, y);
            default -> {
                PyComplex q = PyComplex.quot(x, y);
                if (q == null) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                yield q;
            }
        };
    }

    /** {@code ==} and {@code !=} only (ordering is NotImplemented); ints compare exactly. */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return NI;
        }
        PyComplex x = (PyComplex) a;
        boolean eq;
        PyInt i = PyInt.asInt(b);
        if (i != null) {
            if (x.imag != 0) {
                eq = false;
            } else {
                eq = Abstract.isTrue(FloatSlots.compareWithInt(x.real, i, CompareOp.EQ));
            }
        } else if (b instanceof PyFloat f) {
            eq = x.real == f.value() && x.imag == 0;
        } else if (b instanceof PyComplex y) {
            eq = x.real == y.real && x.imag == y.imag;
        } else {
            return NI;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o.type().nb_float != null || o.type().nb_index != null;
    }

    /** {@code complex(real=0, imag=0)} as {@code complex_new_impl}. */
    private static PyObject newComplex(PyType type, PyObject[] args, String[] kwnames) {
        int npos = Args.positional(args, kwnames);
        if (args.length > 2) {
            throw Errors.typeError("complex() takes at most 2 arguments (%d given)", args.length);
        }
        PyObject r = npos > 0 ? args[0] : null, i = npos > 1 ? args[1] : null;
        if (kwnames != null) {
            for (int j = 0; j < kwnames.length; j++) {
                PyObject v = args[npos + j];
                switch (kwnames[j]) {
                    case "real" -> {
                        if (r != null) {
                            throw Errors.typeError("argument for complex() given by name ('real') and position (1)");
                        }
                        r = v;
                    }
                    case "imag" -> {
                        if (i != null) {
                            throw Errors.typeError("argument for complex() given by name ('imag') and position (2)");
                        }
                        i = v;
                    }
                    default -> throw Errors.typeError("'%s' is an invalid keyword argument for complex()", kwnames[j]);
                }
            }
        }
        if (type == PyComplex.TYPE && i == null && r != null && r.getClass() == PyComplex.class) {
            // complex_new_impl: an exact complex alone is returned as it is
            return r;
        }
        double[] v = construct(r, i);
        return type == PyComplex.TYPE ? new PyComplex(v[0], v[1]) : new PyComplex.Sub(type, v[0], v[1]);
    }

    private static double[] construct(PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return NumberParser.parseComplex(s.toString(), s);
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyObject m = r.type().lookup("__complex__");
        if (m != null) {
            PyObject c = Callables.callMethod(m, r, Callables.NO_ARGS, null);
            if (!(c instanceof PyComplex)) {
                throw Errors.typeError("__complex__ returned non-complex (type %s)", c.type().name());
            }
            if (c.type() != PyComplex.TYPE) {
                Abstract.warnStrictSubclass("__complex__ returned non-complex (type %s)", c, "complex");
            }
            r = c;
        }
        if (!isNumber(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '%s'", r.type().name());
        }
        if (i != null && !isNumber(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '%s'", i.type().name());
        }
        double crReal, crImag = 0, ciReal, ciImag = 0;
        boolean crComplex = false, ciComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crComplex = true;
        } else {
            crReal = Abstract.toFloat(r).value();
        }
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciComplex = true;
        } else {
            ciReal = Abstract.toFloat(i).value();
        }
        if (ciComplex) {
            crReal -= ciImag;
        }
        if (crComplex && i != null) {
            ciReal += crImag;
        }
        return new double[] {crReal, ciReal};
    }
}
