package org.taipan.runtime;

/**
 * The iterators of {@code bytes}, {@code bytearray} and {@code memoryview}: they read the
 * object at each step, so a bytearray grown or shrunk during iteration is seen as CPython's
 * {@code bytearrayiter_next} sees it.
 */
final class BytesIterator extends PyObject {
    static final PyType BYTES = named("bytes_iterator", true);
    static final PyType BYTEARRAY = named("bytearray_iterator", true);
    /** No pickling, as in CPython (a memoryview cannot be pickled either). */
    static final PyType MEMORY = named("memory_iterator", false);

    private static PyType named(String name, boolean picklable) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((BytesIterator) o).next();
        if (picklable) {
            t.addMethodNoArgs("__reduce__", self -> ((BytesIterator) self).reduce());
            t.addMethodOneArg("__setstate__", (self, state) -> {
                ((BytesIterator) self).setState(IteratorPickling.position(state));
                return PyNone.NONE;
            });
        }
        return t.ready();
    }

    private final PyType type;
    private PyObject seq;
    private int index;

    BytesIterator(PyType type, PyObject seq) {
        this.type = type;
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code striter_reduce}, {@code bytearrayiter_reduce}: {@code (iter, (seq,), index)}, or {@code (iter, ((),))} once exhausted. */
    private PyObject reduce() {
        // iter first: its lookup may exhaust this iterator (IteratorPickling.iterFunction)
        PyObject iter = IteratorPickling.iterFunction();
        return seq != null ? IteratorPickling.iterOver(iter, seq, index) : IteratorPickling.iterOver(iter, PyTuple.EMPTY);
    }

    /** Moves to {@code position}, kept within {@code [0, len]}; nothing once exhausted. */
    private void setState(long position) {
        if (seq != null) {
            index = (int) IteratorPickling.clamp(position, 0, Abstract.length(seq));
        }
    }

    private PyObject next() {
        if (seq == null) {
            return null;
        }
        if (seq instanceof PyBytes b) {
            if (index < b.bytes().length) {
                return PyInt.of(b.bytes()[index++] & 0xff);
            }
        } else if (seq instanceof PyByteArray ba) {
            if (index < ba.size()) {
                return PyInt.of(ba.byteAt(index++));
            }
        } else if (seq instanceof PyMemoryView mv) {
            if (index < mv.length()) {
                return mv.item(index++);
            }
        }
        seq = null;
        return null;
    }
}
