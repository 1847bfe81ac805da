package org.taipan.modules.lzma;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
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
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyMemberDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _lzma.LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)} (CPython's
 * {@code _lzmamodule.c}): an incremental decompressor for .xz, .lzma (or either, detected) and raw
 * streams. {@code decompress(data, max_length=-1)} returns at most {@code max_length} bytes and
 * keeps input it could not use yet for the next call; {@code check} is the stream's integrity
 * check once its header is read ({@code CHECK_UNKNOWN} before, {@code CHECK_NONE} for .lzma and
 * raw), {@code eof}, {@code unused_data} and {@code needs_input} as for {@code BZ2Decompressor}.
 */
final class LzmaDecompressor extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_lzma.LZMADecompressor", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_lzma"));
        TYPE.addAttr("__doc__", PyStr.of("An incremental decompressor for one .xz, .lzma or raw stream.\n\n"
                + "format is the container of the input: FORMAT_AUTO (the default) detects\n"
                + "FORMAT_XZ or FORMAT_ALONE; FORMAT_RAW needs filters, which no other format\n"
                + "accepts. memlimit bounds the memory the decoder may use.\n"
                + "lzma.decompress() decompresses in one call."));
        TYPE.tp_new = (type, a, k) -> {
            PyObject[] v = MethodArgs.bind("LZMADecompressor", a, k, 0, "format", "memlimit", "filters");
            int format = v[0] == null ? LzmaModule.FORMAT_AUTO : Args.cInt(v[0]);
            return new LzmaDecompressor(format, v[1] == null ? PyNone.NONE : v[1],
                    v[2] == null ? PyNone.NONE : v[2]);
        };
        TYPE.addMethod("decompress", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("decompress", a, k, 0, "data", "max_length");
            byte[] data = Buffers.require(MethodArgs.required("decompress", v, 0, "data"));
            long max = v[1] == null ? -1 : Abstract.index(v[1], null).ssizeValue();
            return ((LzmaDecompressor) self).decompress(data, max);
        });
        TYPE.addAttr("check", PyMemberDescr.readOnly(TYPE, "check", o -> PyInt.of(((LzmaDecompressor) o).check)));
        TYPE.addAttr("eof", PyMemberDescr.readOnly(TYPE, "eof", o -> PyBool.of(((LzmaDecompressor) o).eof)));
        TYPE.addAttr("unused_data", PyMemberDescr.readOnly(TYPE, "unused_data",
                o -> ((LzmaDecompressor) o).unusedData));
        TYPE.addAttr("needs_input", PyMemberDescr.readOnly(TYPE, "needs_input",
                o -> PyBool.of(((LzmaDecompressor) o).needsInput)));
        TYPE.ready();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final LzmaStream stream;
    private int check = LzmaNative.CHECK_UNKNOWN;
    private boolean eof;
    private boolean needsInput = true;
    private PyBytes unusedData = PyBytes.of(new byte[0]);

    private LzmaDecompressor(int format, PyObject memlimitObj, PyObject filters) {
        long memlimit = -1; // UINT64_MAX: no limit
        if (memlimitObj != PyNone.NONE) {
            if (format == LzmaModule.FORMAT_RAW) {
                throw Errors.valueError("Cannot specify memory limit with FORMAT_RAW");
            }
            memlimit = FilterSpecs.unsignedLongLong(memlimitObj);
        }
        if (format == LzmaModule.FORMAT_RAW && filters == PyNone.NONE) {
            throw Errors.valueError("Must specify filters for FORMAT_RAW");
        } else if (format != LzmaModule.FORMAT_RAW && filters != PyNone.NONE) {
            throw Errors.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        long limit = memlimit;
        int flags = LzmaNative.TELL_ANY_CHECK | LzmaNative.TELL_NO_CHECK;
        stream = switch (format) {
            case LzmaModule.FORMAT_AUTO -> LzmaStream.open(this,
                    s -> LzmaNative.call(LzmaNative.AUTO_DECODER, s, limit, flags));
            case LzmaModule.FORMAT_XZ -> LzmaStream.open(this,
                    s -> LzmaNative.call(LzmaNative.STREAM_DECODER, s, limit, flags));
            case LzmaModule.FORMAT_ALONE -> {
                check = LzmaNative.CHECK_NONE;
                yield LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.ALONE_DECODER, s, limit));
            }
            case LzmaModule.FORMAT_RAW -> {
                check = LzmaNative.CHECK_NONE;
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment chain = FilterSpecs.chain(arena, filters);
                    yield LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.RAW_DECODER, s, chain));
                }
            }
            default -> throw Errors.valueError("Invalid container format: %d", format);
        };
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyBytes decompress(byte[] data, long maxLength) {
        Blocking.lock(lock);
        try {
            if (eof) {
                throw Errors.of(ExceptionTypes.EOFError, "Already at end of stream");
            }
            LzmaStream.Outcome r = Blocking.withoutGil(() -> stream.decompress(data, maxLength));
            if (r.check() >= 0) {
                check = r.check();
            }
            if (!LzmaErrors.ok(r.ret())) {
                // as CPython, input held back before the failure is dropped
                stream.buffers.clear();
                throw LzmaErrors.of(r.ret());
            }
            if (r.ret() == LzmaNative.STREAM_END) {
                eof = true;
                needsInput = false;
                if (r.left() > 0) {
                    unusedData = PyBytes.of(stream.buffers.pendingBytes());
                }
                stream.buffers.clear();
            } else {
                // with all input used, a full output block may mean liblzma holds more output
                needsInput = r.left() == 0 && !r.full();
            }
            return PyBytes.of(r.out());
        } finally {
            lock.unlock();
        }
    }
}
