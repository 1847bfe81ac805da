package org.taipan.modules.bz2;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;

/**
 * The builtin module {@code _bz2} (CPython's {@code Modules/_bz2module.c}): the classes
 * {@link Bz2Compressor BZ2Compressor} and {@link Bz2Decompressor BZ2Decompressor} over the
 * system's libbzip2, on which the standard library's {@code bz2.py} builds {@code open},
 * {@code BZ2File}, {@code compress} and {@code decompress}. Being the same library as CPython's,
 * the compressed bytes are identical to CPython's.
 */
public final class Bz2Module {
    private Bz2Module() {}

    /**
     * Builds the module.
     *
     * @throws org.taipan.runtime.PyException ImportError when libbz2.so.1.0 cannot be loaded (as
     *     importing {@code _bz2} fails on a CPython built without it)
     */
    public static PyModule create() {
        if (Bz2Native.UNAVAILABLE != null) {
            throw Errors.of(ExceptionTypes.ImportError, Bz2Native.UNAVAILABLE);
        }
        PyModule m = new PyModule("_bz2", true);
        m.set("BZ2Compressor", Bz2Compressor.TYPE);
        m.set("BZ2Decompressor", Bz2Decompressor.TYPE);
        return m;
    }

    /** An argument as a C int, as {@code _PyLong_AsInt} reads it. */
    static int cInt(PyObject o) {
        PyInt i = Abstract.index(o, null);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }
}
