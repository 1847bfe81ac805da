package org.taipan.runtime;

import java.util.Arrays;
import org.taipan.code.CodeObject;

/**
 * {@code ==} and {@code hash()} of code objects (CPython's {@code code_richcompare} and
 * {@code code_hash}): two code objects are equal when they would run the same way, whoever made
 * them (the compiler twice, {@code marshal.loads}, {@code code.replace}): same name, argument
 * counts, flags, first line, instructions, names, local names, positions and exception table,
 * and constants equal under CPython's constant key ({@code _PyCode_ConstantKey}: {@code 0.0}
 * and {@code -0.0}, {@code 1} and {@code 1.0} and {@code True} differ; nested code objects
 * compare by this same rule). The qualified name and file name do not count, as in CPython.
 */
final class CodeEquality {
    private CodeEquality() {}

    static boolean equal(PyCode x, PyCode y) {
        if (x == y) {
            return true;
        }
        CodeObject a = x.code, b = y.code;
        return a.name.equals(b.name) && a.argcount == b.argcount && a.posonlyargcount == b.posonlyargcount
                && a.kwonlyargcount == b.kwonlyargcount && a.flags == b.flags && a.firstlineno == b.firstlineno
                && Arrays.equals(a.code, b.code) && Arrays.equals(a.names, b.names)
                && Arrays.equals(a.localsplusNames, b.localsplusNames) && Arrays.equals(a.localsplusKinds, b.localsplusKinds)
                && Arrays.equals(a.lines, b.lines) && Arrays.equals(a.endLines, b.endLines)
                && Arrays.equals(a.cols, b.cols) && Arrays.equals(a.endCols, b.endCols)
                && Arrays.equals(a.exceptionTable, b.exceptionTable) && sameConstants(x.consts, y.consts);
    }

    /** A hash consistent with {@link #equal}: from fields it compares exactly. */
    static long hash(PyCode c) {
        CodeObject a = c.code;
        long h = a.name.hashCode() * 1_000_003L ^ Arrays.hashCode(a.code) ^ Arrays.hashCode(a.names) * 31L
                ^ Arrays.hashCode(a.localsplusNames) * 961L ^ a.argcount ^ (long) a.posonlyargcount << 8
                ^ (long) a.kwonlyargcount << 16 ^ (long) a.flags << 24 ^ (long) a.firstlineno << 40 ^ c.consts.length;
        return h == -1 ? -2 : h;
    }

    private static boolean sameConstants(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!sameConstant(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Equal under CPython's constant key: the same type, and a float's or complex's sign of zero too. */
    private static boolean sameConstant(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() != b.getClass() || a.type() != b.type()) {
            return false;
        }
        if (a instanceof PyFloat f) {
            return Double.doubleToLongBits(f.value()) == Double.doubleToLongBits(((PyFloat) b).value());
        }
        if (a instanceof PyComplex c) {
            PyComplex d = (PyComplex) b;
            return Double.doubleToLongBits(c.real) == Double.doubleToLongBits(d.real)
                    && Double.doubleToLongBits(c.imag) == Double.doubleToLongBits(d.imag);
        }
        if (a instanceof PyTuple t) {
            return sameConstants(t.array(), ((PyTuple) b).array());
        }
        if (a instanceof PyCode c) {
            return equal(c, (PyCode) b);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }
}
