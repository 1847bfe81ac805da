package org.taipan.modules.bisect;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.CompareOp;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The {@code _bisect} module (CPython's {@code Modules/_bisectmodule.c}): {@code bisect_left},
 * {@code bisect_right}, {@code insort_left}, {@code insort_right}, each
 * {@code (a, x, lo=0, hi=None, *, key=None)}; the key is applied to the items of {@code a},
 * never to {@code x} (except by insort, which inserts {@code x} where {@code key(x)} belongs).
 */
public final class BisectModule {
    private BisectModule() {}

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    /** The bound arguments {a, x, lo, hi, key} with CPython's checks. */
    private static PyObject[] bind(String fname, PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > 4) {
            throw Errors.typeError("%s() takes at most 4 positional arguments (%d given)", fname, npos);
        }
        PyObject[] b = MethodArgs.bind(fname, a, k, 0, NAMES);
        MethodArgs.required(fname, b, 0, "a");
        MethodArgs.required(fname, b, 1, "x");
        return b;
    }

    /** The insertion point of {@code x} in {@code a[lo:hi]}: left of equal items or right of them. */
    private static long bisect(PyObject[] b, PyObject x, boolean right) {
        PyObject seq = b[0];
        long lo = 0;
        if (b[2] != null) {
            lo = Abstract.index(b[2], null).ssizeValue();
            if (lo < 0) {
                throw Errors.valueError("lo must be non-negative");
            }
        }
        long hi;
        if (b[3] == null || b[3] == PyNone.NONE) {
            hi = Abstract.length(seq);
        } else if (b[3] instanceof PyInt || b[3].type().nb_index != null) {
            hi = Abstract.index(b[3], null).ssizeValue();
        } else {
            throw Errors.typeError("argument should be integer or None, not '%s'", b[3].type().name());
        }
        PyObject key = b[4] == PyNone.NONE ? null : b[4];
        boolean list = seq.getClass() == PyList.class;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = list && mid < ((PyList) seq).size() ? ((PyList) seq).get((int) mid)
                    : Abstract.getItem(seq, PyInt.of(mid));
            if (key != null) {
                item = Callables.call(key, item);
            }
            boolean goLeft = right ? Abstract.richCompareBool(x, item, CompareOp.LT)
                    : !Abstract.richCompareBool(item, x, CompareOp.LT);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("_bisect", true);
        m.set("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list in "
                + "sorted order without\nhaving to sort the list after each insertion. For long lists of items "
                + "with\nexpensive comparison operations, this can be an improvement over the more\ncommon "
                + "approach.\n"));
        for (boolean right : new boolean[] {true, false}) {
            String bname = right ? "bisect_right" : "bisect_left";
            String iname = right ? "insort_right" : "insort_left";
            m.def(bname, (a, k) -> {
                PyObject[] b = bind(bname, a, k);
                return PyInt.of(bisect(b, b[1], right));
            });
            m.def(iname, (a, k) -> {
                PyObject[] b = bind(iname, a, k);
                PyObject x = b[1];
                PyObject kx = b[4] == null || b[4] == PyNone.NONE ? x : Callables.call(b[4], x);
                long at = bisect(b, kx, right);
                if (b[0].getClass() == PyList.class) {
                    ((PyList) b[0]).insert((int) Math.min(at, ((PyList) b[0]).size()), x);
                } else {
                    Callables.callAttr(b[0], "insert", PyInt.of(at), x);
                }
                return PyNone.NONE;
            });
        }
        return m;
    }
}
