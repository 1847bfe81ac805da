package org.taipan.modules.bz2;

import java.util.concurrent.locks.ReentrantLock;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _bz2.BZ2Compressor(compresslevel=9, /)} (CPython's {@code _bz2module.c}): an incremental
 * bzip2 compressor over one libbzip2 stream. {@code compress(data)} returns what libbzip2 has
 * written so far, {@code flush()} ends the stream; after it either method raises ValueError.
 * Calls on one object from several threads are serialized by the object's lock, and the
 * compression itself runs without the GIL. Not subclassable, not picklable (the default
 * refusal for an object with native state), as in CPython.
 */
final class Bz2Compressor extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_bz2.BZ2Compressor", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_bz2"));
        TYPE.addAttr("__doc__", PyStr.of("An incremental bzip2 compressor; compresslevel runs from 1 (fastest)\n"
                + "to 9 (smallest output, the default). bz2.compress() compresses in one call."));
        TYPE.tp_new = (type, a, k) -> {
            Args.noKeywords("BZ2Compressor", k);
            Args.check("BZ2Compressor", a, k, 0, 1);
            return new Bz2Compressor(a.length == 0 ? 9 : Bz2Module.cInt(a[0]));
        };
        TYPE.addMethod("compress", (self, a, k) -> {
            PyObject data = Args.oneArg("BZ2Compressor.compress", a, k);
            return ((Bz2Compressor) self).compress(Buffers.require(data));
        });
        TYPE.addMethod("flush", (self, a, k) -> {
            Args.noArgs("BZ2Compressor.flush", a, k);
            return ((Bz2Compressor) self).flush();
        });
        TYPE.ready();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Bz2Stream stream;
    private boolean flushed;

    private Bz2Compressor(int compresslevel) {
        if (compresslevel < 1 || compresslevel > 9) {
            throw Errors.valueError("compresslevel must be between 1 and 9");
        }
        int[] status = new int[1];
        stream = Bz2Stream.open(this, s -> Bz2Native.call(Bz2Native.COMPRESS_INIT, s, compresslevel, 0, 0),
                Bz2Native.COMPRESS_END, status);
        if (stream == null) {
            throw Bz2Errors.of(status[0]);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyBytes compress(byte[] data) {
        Blocking.lock(lock);
        try {
            if (flushed) {
                throw Errors.valueError("Compressor has been flushed");
            }
            return run(data, Bz2Native.RUN);
        } finally {
            lock.unlock();
        }
    }

    private PyBytes flush() {
        Blocking.lock(lock);
        try {
            if (flushed) {
                throw Errors.valueError("Repeated call to flush()");
            }
            flushed = true;
            return run(new byte[0], Bz2Native.FINISH);
        } finally {
            lock.unlock();
        }
    }

    private PyBytes run(byte[] data, int action) {
        Bz2Stream.Outcome r = Blocking.withoutGil(() -> stream.compress(data, action));
        if (!Bz2Errors.ok(r.status())) {
            throw Bz2Errors.of(r.status());
        }
        return PyBytes.of(r.out());
    }
}
