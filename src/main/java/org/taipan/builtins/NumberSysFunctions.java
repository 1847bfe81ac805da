package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * The number-related parts of {@code sys}: {@code int_info}, {@code float_info},
 * {@code hash_info} and the int/str conversion limit ({@code sys.set_int_max_str_digits},
 * CPython 3.11's {@code Python/sysmodule.c}).
 */
final class NumberSysFunctions {
    private NumberSysFunctions() {}

    /** CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}: the smallest non-zero limit. */
    private static final int THRESHOLD = 640;

    private static final PyType INT_INFO = StructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    private static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    static void register(PyModule m, Interpreter interp) {
        m.set("int_info", StructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(PyInt.MAX_STR_DIGITS),
                PyInt.of(THRESHOLD)));
        m.set("float_info", StructSeq.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.set("hash_info", StructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of(PyInt.HASH_MODULUS), PyInt.of(314159),
                PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        m.set("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (a, k) -> {
            Args.noArgs("get_int_max_str_digits", a, k);
            return PyInt.of(interp.intMaxStrDigits());
        }));
        m.set("set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits", (a, k) -> {
            Args.onlyKeywords("set_int_max_str_digits", k, "maxdigits");
            int npos = Args.positional(a, k);
            PyObject v = npos > 0 ? a[0] : Args.keyword(a, k, "maxdigits");
            if (v == null || a.length > 1) {
                throw Errors.typeError(v == null
                        ? "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"
                        : "set_int_max_str_digits() takes at most 1 argument (" + a.length + " given)");
            }
            PyInt n = Abstract.index(v, null);
            int digits = n.intValue();
            if (digits != 0 && digits < THRESHOLD) {
                throw Errors.valueError("maxdigits must be 0 or larger than %d", THRESHOLD);
            }
            interp.setIntMaxStrDigits(digits);
            return PyNone.NONE;
        }));
    }
}
