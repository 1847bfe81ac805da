package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/**
 * What a {@code zip} object remembers: its iterators and whether it is strict (as CPython's
 * {@code zipobject}, nothing about having ended: an exhausted zip asks its iterators again). A
 * trace reads the iterators ({@link IteratorTypes#source}) and advances them itself while each has
 * an item left.
 */
final class ZipState implements IteratorTypes.Next {
    final PyObject[] iterators;
    /** {@code strict=True}; {@code __setstate__} may change it. */
    boolean strict;

    ZipState(PyObject[] iterators, boolean strict) {
        this.iterators = iterators;
        this.strict = strict;
    }

    /**
     * CPython's {@code zip_next}: each iterator in order; at the first exhausted one this item is not
     * made, and a strict zip then raises ValueError naming it as shorter, or advances the later ones to
     * name the first that is longer. A StopIteration an iterator raises passes on from a zip that is
     * not strict; a strict one takes it for that iterator's end.
     */
    @Override
    public PyObject next() {
        int n = iterators.length;
        if (n == 0) {
            return null;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = strict ? Abstract.next(iterators[i]) : Abstract.iterNext(iterators[i]);
            if (items[i] == null) {
                end(i);
                return null;
            }
        }
        return PyTuple.of(items);
    }

    /** The end at iterator {@code exhausted}, found exhausted: a strict zip then checks the lengths. */
    void end(int exhausted) {
        if (strict) {
            checkLengths(exhausted);
        }
    }

    private void checkLengths(int exhausted) {
        if (exhausted > 0) {
            throw Errors.valueError("zip() argument %d is shorter than argument%s%d", exhausted + 1,
                    exhausted == 1 ? " " : "s 1-", exhausted);
        }
        for (int j = 1; j < iterators.length; j++) {
            if (Abstract.next(iterators[j]) != null) {
                throw Errors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
            }
        }
    }
}
