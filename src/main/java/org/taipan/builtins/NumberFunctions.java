package org.taipan.builtins;

import java.math.BigInteger;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyFloat;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyNotImplemented;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.Slots;

/** Numeric builtins: {@code abs}, {@code divmod}, {@code pow}, {@code round}, {@code min}, {@code max}, {@code sum}, {@code hex}, {@code chr}, ... */
final class NumberFunctions {
    private NumberFunctions() {}

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    /** A METH_O builtin: "name() takes exactly one argument (2 given)", and its array-free body. */
    private static void defOne(PyModule m, String name, PyBuiltinFunction.OneArg body) {
        m.set(name, new PyBuiltinFunction(name, (a, k) -> body.call(Args.oneArg(name, a, k)), body, null));
    }

    static void register(PyModule m) {
        defOne(m, "abs", Abstract::absolute);
        m.set("divmod", new PyBuiltinFunction("divmod", (a, k) -> {
            Args.check("divmod", a, k, 2, 2);
            return divmod(a[0], a[1]);
        }, null, NumberFunctions::divmod));
        def(m, "pow", (a, k) -> {
            Args.onlyKeywords("pow", k, "base", "exp", "mod");
            int npos = Args.positional(a, k);
            if (a.length > 3) {
                throw Errors.typeError("pow() takes at most 3 arguments (%d given)", a.length);
            }
            PyObject base = npos > 0 ? a[0] : Args.keyword(a, k, "base");
            PyObject exp = npos > 1 ? a[1] : Args.keyword(a, k, "exp");
            PyObject mod = npos > 2 ? a[2] : Args.keyword(a, k, "mod");
            if (base == null || exp == null) {
                throw Errors.typeError("pow() missing required argument '%s' (pos %d)", base == null ? "base" : "exp",
                        base == null ? 1 : 2);
            }
            return Abstract.power(base, exp, mod == null ? PyNone.NONE : mod);
        });
        def(m, "round", (a, k) -> {
            Args.onlyKeywords("round", k, "number", "ndigits");
            int npos = Args.positional(a, k);
            if (a.length > 2) {
                throw Errors.typeError("round() takes at most 2 arguments (%d given)", a.length);
            }
            PyObject num = npos > 0 ? a[0] : Args.keyword(a, k, "number");
            PyObject nd = npos > 1 ? a[1] : Args.keyword(a, k, "ndigits");
            if (num == null) {
                throw Errors.typeError("round() missing required argument 'number' (pos 1)");
            }
            PyObject f = num.type().lookup("__round__");
            if (f == null) {
                throw Errors.typeError("type %s doesn't define __round__ method", num.type().name());
            }
            PyObject[] args = nd == null || nd == PyNone.NONE ? new PyObject[0] : new PyObject[] {nd};
            return Callables.callMethod(f, num, args, null);
        });
        m.set("min", new PyBuiltinFunction("min", (a, k) -> minMax(a, k, "min", CompareOp.LT),
                x -> best(Abstract.toArray(x), null, null, "min", CompareOp.LT),
                (x, y) -> Abstract.richCompareBool(y, x, CompareOp.LT) ? y : x));
        m.set("max", new PyBuiltinFunction("max", (a, k) -> minMax(a, k, "max", CompareOp.GT),
                x -> best(Abstract.toArray(x), null, null, "max", CompareOp.GT),
                (x, y) -> Abstract.richCompareBool(y, x, CompareOp.GT) ? y : x));
        def(m, "sum", NumberFunctions::sum);
        def(m, "hex", (a, k) -> PyStr.simple(radix(Abstract.index(Args.oneArg("hex", a, k), null), 16, "0x")));
        def(m, "oct", (a, k) -> PyStr.simple(radix(Abstract.index(Args.oneArg("oct", a, k), null), 8, "0o")));
        def(m, "bin", (a, k) -> PyStr.simple(radix(Abstract.index(Args.oneArg("bin", a, k), null), 2, "0b")));
        defOne(m, "chr", x -> {
            PyInt i = Abstract.index(x, null);
            if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
                // a C int's range, INT_MIN included (CPython's _PyLong_AsInt)
                if (!i.fitsLong() || i.longValue() < Integer.MIN_VALUE || i.longValue() > Integer.MAX_VALUE) {
                    throw Errors.overflow("Python int too large to convert to C int");
                }
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) i.longValue());
        });
        defOne(m, "ord", x -> {
            if (x instanceof PyStr s) {
                if (s.length() != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length %d found", s.length());
                }
                return PyInt.of(s.codePointAt(0));
            }
            if (x instanceof PyBytes b) {
                if (b.bytes().length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length %d found", b.bytes().length);
                }
                return PyInt.of(b.bytes()[0] & 0xff);
            }
            if (x instanceof org.taipan.runtime.PyByteArray ba) {
                byte[] b = ba.toBytes();
                if (b.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length %d found", b.length);
                }
                return PyInt.of(b[0] & 0xff);
            }
            throw Errors.typeError("ord() expected string of length 1, but %s found", x.type().name());
        });
    }

    /**
     * {@code hex}/{@code oct}/{@code bin} of {@code i}: sign, {@code prefix}, lower-case digits in
     * {@code radix} (2, 8 or 16); ASCII only.
     */
    static String radix(PyInt i, int radix, String prefix) {
        if (i.fitsLong() && i.longValue() != Long.MIN_VALUE) {
            // Digits straight into Latin-1 bytes: no BigInteger, no intermediate strings.
            long v = i.longValue(), u = Math.abs(v);
            int shift = Integer.numberOfTrailingZeros(radix);
            int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(u) + shift - 1) / shift);
            byte[] out = new byte[(v < 0 ? 3 : 2) + digits];
            int p = out.length;
            do {
                out[--p] = (byte) "0123456789abcdef".charAt((int) (u & (radix - 1)));
                u >>>= shift;
            } while (u != 0);
            out[--p] = (byte) prefix.charAt(1);
            out[--p] = '0';
            if (v < 0) {
                out[--p] = '-';
            }
            return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        BigInteger b = i.bigValue();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    static PyObject divmod(PyObject v, PyObject w) {
        Slots.Binary sv = v.type().nb_divmod, sw = w.type().nb_divmod;
        if (sw == sv) {
            sw = null;
        }
        if (sv != null) {
            if (sw != null && w.type().isSubtypeOf(v.type())) {
                PyObject r = sw.call(v, w);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                sw = null;
            }
            PyObject r = sv.call(v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (sw != null) {
            PyObject r = sw.call(v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", v.type().name(),
                w.type().name());
    }

    private static PyObject minMax(PyObject[] a, String[] k, String name, CompareOp op) {
        Args.onlyKeywords(name, k, "key", "default");
        int npos = Args.positional(a, k);
        PyObject key = Args.keyword(a, k, "key");
        if (key == PyNone.NONE) {
            key = null;
        }
        PyObject dflt = Args.keyword(a, k, "default");
        if (npos == 0) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject[] items;
        if (npos == 1) {
            items = Abstract.toArray(a[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = new PyObject[npos];
            System.arraycopy(a, 0, items, 0, npos);
        }
        return best(items, key, dflt, name, op);
    }

    /**
     * The first of {@code items} that no later one beats under {@code op} (of their keys when
     * {@code key} is not null); {@code dflt} (or ValueError "min() arg is an empty sequence"
     * when null) for no items. {@code min}/{@code max} after argument parsing.
     */
    private static PyObject best(PyObject[] items, PyObject key, PyObject dflt, String name, CompareOp op) {
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError("%s() arg is an empty sequence", name);
        }
        PyObject best = items[0];
        PyObject bestKey = key == null ? best : Callables.call(key, best);
        for (int i = 1; i < items.length; i++) {
            PyObject kv = key == null ? items[i] : Callables.call(key, items[i]);
            if (Abstract.richCompareBool(kv, bestKey, op)) {
                best = items[i];
                bestKey = kv;
            }
        }
        return best;
    }

    private static PyObject sum(PyObject[] a, String[] k) {
        Args.onlyKeywords("sum", k, "start");
        int npos = Args.positional(a, k);
        if (npos < 1 || npos > 2) {
            throw Errors.typeError(npos < 1 ? "sum() takes at least 1 positional argument (0 given)"
                    : "sum() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject start = npos > 1 ? a[1] : Args.keyword(a, k, "start");
        PyObject acc = start == null ? PyInt.ZERO : start;
        if (acc instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (acc instanceof org.taipan.runtime.PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(a[0]);
        PyObject x = null;
        // builtin_sum_impl's fast paths: an exact int total stays a Java long while the items are
        // exact ints or bools and nothing overflows; then an exact float total stays a double
        // while the items are exact floats or ints (any int subclass, its value taken as is)
        // that fit a long. The first item that does not fit goes through the generic `+`.
        if (acc.getClass() == PyInt.class && ((PyInt) acc).fitsLong()) {
            long total = ((PyInt) acc).longValue();
            while (true) {
                x = Abstract.next(it);
                if (x == null) {
                    return PyInt.of(total);
                }
                PyInt xi = x.getClass() == PyInt.class || x instanceof PyBool ? PyInt.asInt(x) : null;
                if (xi != null && xi.fitsLong()) {
                    long b = xi.longValue(), r = total + b;
                    if (((total ^ r) & (b ^ r)) >= 0) {
                        total = r;
                        continue;
                    }
                }
                acc = Abstract.add(PyInt.of(total), x);
                break;
            }
        }
        if (acc.getClass() == PyFloat.class) {
            double total = ((PyFloat) acc).value();
            while (true) {
                x = Abstract.next(it);
                if (x == null) {
                    return new PyFloat(total);
                }
                if (x.getClass() == PyFloat.class) {
                    total += ((PyFloat) x).value();
                    continue;
                }
                PyInt xi = PyInt.asInt(x);
                if (xi != null && xi.fitsLong()) {
                    total += (double) xi.longValue();
                    continue;
                }
                acc = Abstract.add(new PyFloat(total), x);
                break;
            }
        }
        for (x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            acc = Abstract.add(acc, x);
        }
        return acc;
    }
}
