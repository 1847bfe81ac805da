package org.taipan.modules.lzma;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.locks.ReentrantLock;
import org.taipan.runtime.Args;
import org.taipan.runtime.Blocking;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code _lzma.LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)} (CPython's
 * {@code _lzmamodule.c}): an incremental compressor writing an .xz stream (with the given check,
 * CRC-64 by default), a legacy .lzma stream ({@code FORMAT_ALONE}, one LZMA1 filter) or raw
 * filtered data ({@code FORMAT_RAW}, filters required), set up from a preset or a filter chain.
 * {@code compress(data)} returns what liblzma has written so far, {@code flush()} ends the stream.
 * Calls on one object are serialized by its lock and the encoding runs without the GIL.
 */
final class LzmaCompressor extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_lzma.LZMACompressor", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_lzma"));
        TYPE.addAttr("__doc__", PyStr.of("LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n"
                + "An incremental compressor.\n\n"
                + "format is the container: FORMAT_XZ (the default), FORMAT_ALONE or FORMAT_RAW.\n"
                + "check is the integrity check of an .xz stream (CHECK_CRC64 by default); the\n"
                + "other formats have none. Either preset (0-9, optionally OR-ed with\n"
                + "PRESET_EXTREME) or filters (a sequence of filter specifier dicts) chooses the\n"
                + "settings; FORMAT_RAW needs filters.\n\n"
                + "lzma.compress() compresses in one call."));
        TYPE.tp_new = (type, a, k) -> {
            PyObject[] v = MethodArgs.bind("LZMACompressor", a, k, 0, "format", "check", "preset", "filters");
            int format = v[0] == null ? LzmaModule.FORMAT_XZ : Args.cInt(v[0]);
            int check = v[1] == null ? -1 : Args.cInt(v[1]);
            PyObject preset = v[2] == null ? PyNone.NONE : v[2];
            PyObject filters = v[3] == null ? PyNone.NONE : v[3];
            return new LzmaCompressor(format, check, preset, filters);
        };
        TYPE.addMethod("compress", (self, a, k) -> {
            PyObject data = Args.oneArg("LZMACompressor.compress", a, k);
            return ((LzmaCompressor) self).compress(Buffers.require(data));
        });
        TYPE.addMethod("flush", (self, a, k) -> {
            Args.noArgs("LZMACompressor.flush", a, k);
            return ((LzmaCompressor) self).flush();
        });
        TYPE.ready();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final LzmaStream stream;
    private boolean flushed;

    private LzmaCompressor(int format, int check, PyObject presetObj, PyObject filters) {
        if (format != LzmaModule.FORMAT_XZ && check != -1 && check != LzmaNative.CHECK_NONE) {
            throw Errors.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        if (presetObj != PyNone.NONE && filters != PyNone.NONE) {
            throw Errors.valueError("Cannot specify both preset and filter chain");
        }
        int preset = presetObj == PyNone.NONE ? LzmaNative.PRESET_DEFAULT : FilterSpecs.uint32(presetObj);
        try (Arena arena = Arena.ofConfined()) {
            stream = switch (format) {
                case LzmaModule.FORMAT_XZ -> xz(arena, check == -1 ? LzmaNative.CHECK_CRC64 : check, preset, filters);
                case LzmaModule.FORMAT_ALONE -> alone(arena, preset, filters);
                case LzmaModule.FORMAT_RAW -> {
                    if (filters == PyNone.NONE) {
                        throw Errors.valueError("Must specify filters for FORMAT_RAW");
                    }
                    MemorySegment chain = FilterSpecs.chain(arena, filters);
                    yield LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.RAW_ENCODER, s, chain));
                }
                default -> throw Errors.valueError("Invalid container format: %d", format);
            };
        }
    }

    private LzmaStream xz(Arena arena, int check, int preset, PyObject filters) {
        if (filters == PyNone.NONE) {
            return LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.EASY_ENCODER, s, preset, check));
        }
        MemorySegment chain = FilterSpecs.chain(arena, filters);
        return LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.STREAM_ENCODER, s, chain, check));
    }

    /** FORMAT_ALONE: the preset's LZMA1 options, or a chain of exactly one LZMA1 filter. */
    private LzmaStream alone(Arena arena, int preset, PyObject filters) {
        MemorySegment options;
        if (filters == PyNone.NONE) {
            options = arena.allocate(LzmaNative.OPTIONS_SIZE, 8);
            if (LzmaNative.callBool(LzmaNative.LZMA_PRESET, options, preset)) {
                throw LzmaErrors.error("Invalid compression preset: " + Integer.toUnsignedString(preset));
            }
        } else {
            MemorySegment chain = FilterSpecs.chain(arena, filters);
            if (FilterSpecs.id(chain) != LzmaNative.FILTER_LZMA1
                    || chain.get(ValueLayout.JAVA_LONG, LzmaNative.FILTER_SIZE) != LzmaNative.VLI_UNKNOWN) {
                throw Errors.valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
            }
            options = FilterSpecs.options(chain);
        }
        return LzmaStream.open(this, s -> LzmaNative.call(LzmaNative.ALONE_ENCODER, s, options));
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
            return run(data, LzmaNative.RUN);
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
            return run(new byte[0], LzmaNative.FINISH);
        } finally {
            lock.unlock();
        }
    }

    private PyBytes run(byte[] data, int action) {
        LzmaStream.Outcome r = Blocking.withoutGil(() -> stream.compress(data, action));
        LzmaErrors.check(r.ret());
        return PyBytes.of(r.out());
    }
}
