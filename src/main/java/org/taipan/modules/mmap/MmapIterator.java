package org.taipan.modules.mmap;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyType;

/**
 * {@code iter(m)} for an mmap: CPython has no {@code tp_iter} for it, so its generic sequence
 * iterator calls {@code sq_item}, which gives length-1 bytes (not the ints {@code m[i]} gives).
 * That is also what {@code b'x' in m} compares with.
 */
final class MmapIterator extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("iterator", PyType.OBJECT);

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((MmapIterator) o).next();
        TYPE.ready();
    }

    private PyMmap map;
    private long index;

    MmapIterator(PyMmap map) {
        this.map = map;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The next byte as bytes, or null at the end (and from then on). */
    private PyObject next() {
        if (map == null) {
            return null;
        }
        MemorySegment d = map.contents();
        if (d == null) {
            throw Errors.valueError("mmap closed or invalid");
        }
        if (index >= d.byteSize()) {
            map = null;
            return null;
        }
        return PyBytes.of(new byte[] {d.get(ValueLayout.JAVA_BYTE, index++)});
    }
}
