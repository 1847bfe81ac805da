package org.taipan.runtime;

/**
 * The iterators of {@code bytes}, {@code bytearray} and {@code memoryview}: they read the
 * object at each step, so a bytearray grown or shrunk during iteration is seen as CPython's
 * {@code bytearrayiter_next} sees it.
 */
final class BytesIterator extends PyObject {
    static final PyType BYTES = named("bytes_iterator");
    static final PyType BYTEARRAY = named("bytearray_iterator");
    static final PyType MEMORY = named("memory_iterator");

    private static PyType named(String name) {
        PyType t = PyType.builtinFinal(name, PyType.OBJECT);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> ((BytesIterator) o).next();
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
