package org.taipan.modules.io;

import org.taipan.runtime.Buffers;
import org.taipan.runtime.PyObject;

/** Bytes-like arguments (CPython's {@code Py_buffer} arguments): bytes, bytearray, memoryview. */
final class BufferArgs {
    private BufferArgs() {}

    /**
     * The contents of a bytes-like argument (never modify the result: for bytes it is its array).
     *
     * @throws org.taipan.runtime.PyException TypeError "a bytes-like object is required, not 'str'"
     */
    static byte[] bytes(PyObject b, String fname) {
        return Buffers.require(b);
    }
}
