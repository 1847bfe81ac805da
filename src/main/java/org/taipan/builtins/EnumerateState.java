package org.taipan.builtins;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;

/**
 * What an {@code enumerate} object remembers: its source iterator and the next index. As CPython's
 * {@code enumobject} keeps a {@code Py_ssize_t} index until it reaches the maximum and a Python
 * int after, the index is a long while it fits and a big int from then on; a trace reads and
 * writes the long directly ({@link IteratorTypes#enumerateActive}).
 */
final class EnumerateState implements IteratorTypes.Next {
    final PyObject source;
    /** The next index while {@link #bigIndex} is null. */
    long index;
    /** The next index once it no longer fits a long; null before. */
    private PyInt bigIndex;

    EnumerateState(PyObject source, PyInt start) {
        this.source = source;
        if (start.fitsLong()) {
            this.index = start.longValue();
        } else {
            this.bigIndex = start;
        }
    }

    /** Whether the next index and the one after it are longs: a trace may step the index as a long without an overflow check. */
    boolean steppable() {
        return bigIndex == null && index != Long.MAX_VALUE;
    }

    /** The next index as an int object (what {@code __reduce__} shows). */
    PyInt nextIndex() {
        return bigIndex != null ? bigIndex : PyInt.of(index);
    }

    /**
     * CPython's {@code enum_next}: the source's next item first (its {@code tp_iternext}, a
     * StopIteration it raises passed on), then {@code (index, item)} and the index advanced.
     */
    @Override
    public PyObject next() {
        PyObject item = Abstract.iterNext(source);
        if (item == null) {
            return null;
        }
        PyInt i = nextIndex();
        if (bigIndex != null) {
            bigIndex = PyInt.add(bigIndex, PyInt.ONE);
        } else if (index == Long.MAX_VALUE) {
            bigIndex = PyInt.add(i, PyInt.ONE);
        } else {
            index++;
        }
        return PyTuple.of(i, item);
    }
}
