package org.taipan.modules.operator;

import java.util.Arrays;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.ExceptionTypes;

/**
 * The {@code _operator} module (CPython's {@code Modules/_operator.c}): the functions of
 * {@code operator.__all__} over the runtime's operator protocol ({@link Abstract}),
 * {@code itemgetter}/{@code attrgetter}/{@code methodcaller} ({@link Getters}),
 * {@code _compare_digest}. {@code operator.py} does {@code from _operator import *} and then
 * binds its dunder aliases to these.
 */
public final class OperatorModule {
    private OperatorModule() {}

    /** A two-argument function: CPython's "add expected 2 arguments, got 1". */
    @FunctionalInterface
    private interface Fn2 {
        PyObject apply(PyObject a, PyObject b);
    }

    @FunctionalInterface
    private interface Fn1 {
        PyObject apply(PyObject a);
    }

    private static void def1(PyModule m, String name, Fn1 f) {
        String q = "_operator." + name;
        m.def(name, (a, k) -> f.apply(Args.oneArg(q, a, k)));
    }

    private static void def2(PyModule m, String name, Fn2 f) {
        String q = "_operator." + name;
        m.def(name, (a, k) -> {
            Args.noKeywords(q, k);
            Args.check(name, a, k, 2, 2);
            return f.apply(a[0], a[1]);
        });
    }

    private static void binary(PyModule m, String name, int nb) {
        def2(m, name, (a, b) -> Abstract.binaryOp(nb, a, b));
    }

    private static void inplace(PyModule m, String name, int nb) {
        def2(m, name, (a, b) -> Abstract.inplaceOp(nb, a, b));
    }

    private static void compare(PyModule m, String name, CompareOp op) {
        def2(m, name, (a, b) -> Abstract.richCompare(a, b, op));
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_operator", true);
        m.set("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
                + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
                + "equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        compare(m, "lt", CompareOp.LT);
        compare(m, "le", CompareOp.LE);
        compare(m, "eq", CompareOp.EQ);
        compare(m, "ne", CompareOp.NE);
        compare(m, "gt", CompareOp.GT);
        compare(m, "ge", CompareOp.GE);
        def1(m, "not_", a -> PyBool.of(!Abstract.isTrue(a)));
        def1(m, "truth", a -> PyBool.of(Abstract.isTrue(a)));
        def2(m, "is_", (a, b) -> PyBool.of(a == b));
        def2(m, "is_not", (a, b) -> PyBool.of(a != b));
        def1(m, "abs", Abstract::absolute);
        binary(m, "add", Abstract.NB_ADD);
        binary(m, "and_", Abstract.NB_AND);
        binary(m, "floordiv", Abstract.NB_FLOOR_DIVIDE);
        def1(m, "index", a -> Abstract.index(a, null));
        def1(m, "inv", Abstract::invert);
        def1(m, "invert", Abstract::invert);
        binary(m, "lshift", Abstract.NB_LSHIFT);
        binary(m, "mod", Abstract.NB_REMAINDER);
        binary(m, "mul", Abstract.NB_MULTIPLY);
        binary(m, "matmul", Abstract.NB_MATRIX_MULTIPLY);
        def1(m, "neg", Abstract::negative);
        binary(m, "or_", Abstract.NB_OR);
        def1(m, "pos", Abstract::positive);
        binary(m, "pow", Abstract.NB_POWER);
        binary(m, "rshift", Abstract.NB_RSHIFT);
        binary(m, "sub", Abstract.NB_SUBTRACT);
        binary(m, "truediv", Abstract.NB_TRUE_DIVIDE);
        binary(m, "xor", Abstract.NB_XOR);
        def2(m, "concat", (a, b) -> {
            checkSequence(a);
            return Abstract.add(a, b);
        });
        def2(m, "contains", (a, b) -> PyBool.of(Abstract.contains(a, b)));
        def2(m, "countOf", (a, b) -> PyInt.of(countOf(a, b)));
        def2(m, "indexOf", (a, b) -> PyInt.of(indexOf(a, b)));
        def2(m, "getitem", Abstract::getItem);
        def2(m, "delitem", (a, b) -> {
            Abstract.delItem(a, b);
            return PyNone.NONE;
        });
        m.def("setitem", (a, k) -> {
            Args.noKeywords("_operator.setitem", k);
            Args.check("setitem", a, k, 3, 3);
            Abstract.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.def("length_hint", (a, k) -> {
            Args.noKeywords("_operator.length_hint", k);
            Args.check("length_hint", a, k, 1, 2);
            PyInt dflt = a.length > 1 ? PyInt.asInt(a[1]) : PyInt.ZERO;
            if (dflt == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", a[1].type().name());
            }
            if (!dflt.fitsLong()) {
                throw Errors.of(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
            }
            return PyInt.of(Abstract.lengthHint(a[0], dflt.longValue()));
        });
        inplace(m, "iadd", Abstract.NB_ADD);
        inplace(m, "iand", Abstract.NB_AND);
        def2(m, "iconcat", (a, b) -> {
            checkSequence(a);
            return Abstract.inplaceOp(Abstract.NB_ADD, a, b);
        });
        inplace(m, "ifloordiv", Abstract.NB_FLOOR_DIVIDE);
        inplace(m, "ilshift", Abstract.NB_LSHIFT);
        inplace(m, "imod", Abstract.NB_REMAINDER);
        inplace(m, "imul", Abstract.NB_MULTIPLY);
        inplace(m, "imatmul", Abstract.NB_MATRIX_MULTIPLY);
        inplace(m, "ior", Abstract.NB_OR);
        inplace(m, "ipow", Abstract.NB_POWER);
        inplace(m, "irshift", Abstract.NB_RSHIFT);
        inplace(m, "isub", Abstract.NB_SUBTRACT);
        inplace(m, "itruediv", Abstract.NB_TRUE_DIVIDE);
        inplace(m, "ixor", Abstract.NB_XOR);
        m.def("call", (a, k) -> {
            int npos = Args.positional(a, k);
            if (npos < 1) {
                throw Errors.typeError("call expected at least 1 argument, got 0");
            }
            return Callables.call(a[0], Arrays.copyOfRange(a, 1, a.length), k);
        });
        m.def("_compare_digest", (a, k) -> {
            Args.noKeywords("_compare_digest", k);
            Args.check("_compare_digest", a, k, 2, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        m.set("itemgetter", Getters.ITEMGETTER);
        m.set("attrgetter", Getters.ATTRGETTER);
        m.set("methodcaller", Getters.METHODCALLER);
        return m;
    }

    /** CPython's {@code PySequence_Check} as concat uses it: "'int' object can't be concatenated". */
    private static void checkSequence(PyObject a) {
        boolean seq = a.type().sq_concat != null || (a.type().mp_subscript != null && !(a instanceof PyDict));
        if (!seq) {
            throw Errors.typeError("'%s' object can't be concatenated", a.type().name());
        }
    }

    private static long countOf(PyObject seq, PyObject v) {
        PyObject it = Abstract.iter(seq);
        long n = 0;
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    private static long indexOf(PyObject seq, PyObject v) {
        PyObject it = Abstract.iter(seq);
        long i = 0;
        for (PyObject x; (x = Abstract.next(it)) != null; i++) {
            if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                return i;
            }
        }
        throw Errors.valueError("sequence.index(x): x not in sequence");
    }

    /** {@code hmac.compare_digest}: both ASCII str or both bytes-like; time independent of where they differ. */
    private static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.toString()) || !isAscii(sb.toString())) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = sa.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else if (a instanceof PyStr || b instanceof PyStr) {
            throw Errors.typeError("a bytes-like object is required, not '%s'",
                    (a instanceof PyStr ? a : b).type().name());
        } else {
            x = Buffers.bytesOrNull(a);
            y = Buffers.bytesOrNull(b);
            if (x == null || y == null) {
                throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        a.type().name(), b.type().name());
            }
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
