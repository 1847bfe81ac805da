package org.taipan.modules.io;

import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyByteArray;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;

/** Bytes-like arguments (CPython's {@code Py_buffer} arguments): bytes, bytearray, memoryview. */
final class BufferArgs {
    private BufferArgs() {}

    /**
     * The contents of a bytes-like argument.
     *
     * @throws org.taipan.runtime.PyException TypeError "a bytes-like object is required, not 'str'"
     */
    static byte[] bytes(PyObject b, String fname) {
        if (b instanceof PyBytes pb) {
            return pb.bytes();
        }
        if (b instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (b.type().isSubtypeOf(PyBytes.TYPE) || b.type().name().equals("memoryview")
                || b.type().name().equals("array")) {
            return ((PyBytes) Callables.call(PyBytes.TYPE, b)).bytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '%s'", b.type().name());
    }
}
