package org.taipan.modules.bz2;

import java.util.concurrent.locks.ReentrantLock;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyMemberDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _bz2.BZ2Decompressor()} (CPython's {@code _bz2module.c}): an incremental bzip2
 * decompressor. {@code decompress(data, max_length=-1)} returns at most {@code max_length} bytes;
 * input it could not use yet is kept and prepended to the next call's. After the end of the
 * stream, {@code eof} is true, the bytes that followed it are {@code unused_data} and another
 * call raises EOFError; {@code needs_input} tells whether more input is needed for more output.
 */
final class Bz2Decompressor extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_bz2.BZ2Decompressor", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_bz2"));
        TYPE.addAttr("__doc__", PyStr.of("An incremental bzip2 decompressor for one stream.\n"
                + "bz2.decompress() decompresses in one call, across concatenated streams."));
        TYPE.tp_new = (type, a, k) -> {
            if (Args.positional(a, k) > 0) {
                throw Errors.typeError("BZ2Decompressor() takes no positional arguments");
            }
            Args.noKeywords("BZ2Decompressor", k);
            return new Bz2Decompressor();
        };
        TYPE.addMethod("decompress", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("decompress", a, k, 0, "data", "max_length");
            byte[] data = Buffers.require(MethodArgs.required("decompress", v, 0, "data"));
            long max = v[1] == null ? -1 : Abstract.index(v[1], null).ssizeValue();
            return ((Bz2Decompressor) self).decompress(data, max);
        });
        TYPE.addAttr("eof", PyMemberDescr.readOnly(TYPE, "eof", o -> PyBool.of(((Bz2Decompressor) o).eof)));
        TYPE.addAttr("unused_data", PyMemberDescr.readOnly(TYPE, "unused_data",
                o -> ((Bz2Decompressor) o).unusedData));
        TYPE.addAttr("needs_input", PyMemberDescr.readOnly(TYPE, "needs_input",
                o -> PyBool.of(((Bz2Decompressor) o).needsInput)));
        TYPE.ready();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Bz2Stream stream;
    private boolean eof;
    private boolean needsInput = true;
    private PyBytes unusedData = PyBytes.of(new byte[0]);

    private Bz2Decompressor() {
        int[] status = new int[1];
        stream = Bz2Stream.open(this, s -> Bz2Native.call(Bz2Native.DECOMPRESS_INIT, s, 0, 0),
                Bz2Native.DECOMPRESS_END, status);
        if (stream == null) {
            throw Bz2Errors.of(status[0]);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyBytes decompress(byte[] data, long maxLength) {
        Blocking.lock(lock);
        try {
            if (eof) {
                throw Errors.of(ExceptionTypes.EOFError, "End of stream already reached");
            }
            if (stream.buffers.pending() + data.length > 0xffffffffL) {
                // bz_stream.avail_in is 32 bits wide: CPython slices such input, Taipan refuses it
                throw Errors.overflow("more than 4 GiB of bzip2 input held back at once");
            }
            Bz2Stream.Outcome r = Blocking.withoutGil(() -> stream.decompress(data, maxLength));
            if (!Bz2Errors.ok(r.status())) {
                // as CPython, input held back before the failure is dropped
                stream.buffers.clear();
                throw Bz2Errors.of(r.status());
            }
            if (r.status() == Bz2Native.STREAM_END) {
                eof = true;
                needsInput = false;
                if (r.left() > 0) {
                    unusedData = PyBytes.of(stream.buffers.pendingBytes());
                }
                stream.buffers.clear();
            } else {
                needsInput = r.left() == 0;
            }
            return PyBytes.of(r.out());
        } finally {
            lock.unlock();
        }
    }
}
