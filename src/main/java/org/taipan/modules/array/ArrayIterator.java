package org.taipan.modules.array;

import org.taipan.runtime.IteratorPickling;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.runtime.PyType;

/**
 * {@code array.arrayiterator}, what {@code iter(an_array)} returns (CPython's
 * {@code arrayiterobject}): it reads the array's items by index from its storage, never through
 * {@code __getitem__} (a subclass's override is not called), checking the array's current length
 * at each step, and lets go of the array once past its end.
 */
final class ArrayIterator extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("array.arrayiterator", PyType.OBJECT);

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((ArrayIterator) o).next();
        TYPE.addMethodNoArgs("__reduce__", self -> ((ArrayIterator) self).reduce());
        TYPE.addMethodOneArg("__setstate__", (self, state) -> {
            ((ArrayIterator) self).setState(IteratorPickling.position(state));
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    /** The array, or null once the iterator went past its end. */
    private PyArray array;
    private int index;

    ArrayIterator(PyArray array) {
        this.array = array;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code arrayiter_next}: the item at the index while it is below the array's length, else null for good. */
    private PyObject next() {
        PyArray a = array;
        if (a == null) {
            return null;
        }
        if (index < a.n) {
            return a.get(index++);
        }
        array = null;
        return null;
    }

    /** {@code (iter, (array,), index)}, or {@code (iter, ((),))} once exhausted. */
    private PyObject reduce() {
        // iter first: its lookup may exhaust this iterator (IteratorPickling.iterFunction)
        PyObject iter = IteratorPickling.iterFunction();
        PyArray a = array;
        return a == null ? IteratorPickling.iterOver(iter, PyTuple.EMPTY) : IteratorPickling.iterOver(iter, a, index);
    }

    /** {@code __setstate__}: the index, clamped to the array's length; nothing once exhausted. */
    private void setState(long position) {
        PyArray a = array;
        if (a != null) {
            index = (int) IteratorPickling.clamp(position, 0, a.n);
        }
    }
}
