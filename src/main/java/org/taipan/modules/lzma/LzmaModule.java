package org.taipan.modules.lzma;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;

/**
 * The builtin module {@code _lzma} (CPython's {@code Modules/_lzmamodule.c}) over the system's
 * liblzma: {@link LzmaCompressor LZMACompressor}, {@link LzmaDecompressor LZMADecompressor},
 * {@code LZMAError}, {@code is_check_supported}, the filter-properties helpers the {@code zipfile}
 * module uses, and the FORMAT_, CHECK_, FILTER_, MF_, MODE_ and PRESET_ constants. The
 * standard library's {@code lzma.py} builds {@code open}, {@code LZMAFile}, {@code compress} and
 * {@code decompress} on it; the compressed bytes are CPython's, from the same library.
 */
public final class LzmaModule {
    private LzmaModule() {}

    /** The container formats (the module's own numbering, not liblzma's). */
    static final int FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;

    /**
     * Builds the module.
     *
     * @throws org.taipan.runtime.PyException ImportError when liblzma.so.5 cannot be loaded (as
     *     importing {@code _lzma} fails on a CPython built without it)
     */
    public static PyModule create() {
        if (LzmaNative.UNAVAILABLE != null) {
            throw Errors.of(ExceptionTypes.ImportError, LzmaNative.UNAVAILABLE);
        }
        PyModule m = new PyModule("_lzma", true);
        Object[][] constants = {
            {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ}, {"FORMAT_ALONE", FORMAT_ALONE},
            {"FORMAT_RAW", FORMAT_RAW},
            {"CHECK_NONE", LzmaNative.CHECK_NONE}, {"CHECK_CRC32", LzmaNative.CHECK_CRC32},
            {"CHECK_CRC64", LzmaNative.CHECK_CRC64}, {"CHECK_SHA256", LzmaNative.CHECK_SHA256},
            {"CHECK_ID_MAX", LzmaNative.CHECK_ID_MAX}, {"CHECK_UNKNOWN", LzmaNative.CHECK_UNKNOWN},
            {"FILTER_LZMA1", LzmaNative.FILTER_LZMA1}, {"FILTER_LZMA2", LzmaNative.FILTER_LZMA2},
            {"FILTER_DELTA", LzmaNative.FILTER_DELTA}, {"FILTER_X86", LzmaNative.FILTER_X86},
            {"FILTER_IA64", LzmaNative.FILTER_IA64}, {"FILTER_ARM", LzmaNative.FILTER_ARM},
            {"FILTER_ARMTHUMB", LzmaNative.FILTER_ARMTHUMB}, {"FILTER_SPARC", LzmaNative.FILTER_SPARC},
            {"FILTER_POWERPC", LzmaNative.FILTER_POWERPC},
            {"MF_HC3", 0x03}, {"MF_HC4", 0x04}, {"MF_BT2", 0x12}, {"MF_BT3", 0x13}, {"MF_BT4", 0x14},
            {"MODE_FAST", 1}, {"MODE_NORMAL", 2},
            {"PRESET_DEFAULT", LzmaNative.PRESET_DEFAULT},
            {"PRESET_EXTREME", Integer.toUnsignedLong(LzmaNative.PRESET_EXTREME)},
        };
        for (Object[] c : constants) {
            m.set((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        m.set("LZMAError", LzmaErrors.LZMA_ERROR);
        m.set("LZMACompressor", LzmaCompressor.TYPE);
        m.set("LZMADecompressor", LzmaDecompressor.TYPE);
        m.def("is_check_supported", (a, k) -> {
            int id = cInt(Args.oneArg("is_check_supported", a, k));
            return PyBool.of(LzmaNative.callBool(LzmaNative.CHECK_IS_SUPPORTED, id));
        });
        m.def("_encode_filter_properties", (a, k) -> {
            PyObject spec = Args.oneArg("_encode_filter_properties", a, k);
            return encodeProperties(spec);
        });
        m.def("_decode_filter_properties", (a, k) -> {
            Args.check("_decode_filter_properties", a, k, 2, 2);
            long id = FilterSpecs.unsignedLongLong(a[0]);
            return decodeProperties(id, Buffers.require(a[1]));
        });
        return m;
    }

    /** {@code _encode_filter_properties(filter)}: the properties (options) bytes of one filter specifier. */
    private static PyBytes encodeProperties(PyObject spec) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment filter = arena.allocate(LzmaNative.FILTER_SIZE, 8);
            FilterSpecs.filter(arena, spec, filter);
            MemorySegment size = arena.allocate(ValueLayout.JAVA_INT);
            LzmaErrors.check(LzmaNative.call(LzmaNative.PROPERTIES_SIZE, size, filter));
            int n = size.get(ValueLayout.JAVA_INT, 0);
            MemorySegment props = arena.allocate(Math.max(1, n));
            LzmaErrors.check(LzmaNative.call(LzmaNative.PROPERTIES_ENCODE, filter, props));
            return PyBytes.of(props.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    /**
     * {@code _decode_filter_properties(filter_id, encoded_props)}: the specifier dict the
     * properties of filter {@code id} describe.
     */
    private static PyObject decodeProperties(long id, byte[] encoded) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment filter = arena.allocate(LzmaNative.FILTER_SIZE, 8);
            filter.set(ValueLayout.JAVA_LONG, 0, id);
            MemorySegment props = arena.allocate(Math.max(1, encoded.length));
            MemorySegment.copy(encoded, 0, props, ValueLayout.JAVA_BYTE, 0, encoded.length);
            LzmaErrors.check(LzmaNative.call(LzmaNative.PROPERTIES_DECODE, filter, MemorySegment.NULL, props,
                    (long) encoded.length));
            MemorySegment options = FilterSpecs.options(filter);
            try {
                // liblzma leaves no options for a BCJ filter without properties: its start offset is 0
                return FilterSpecs.describe(id, options.equals(MemorySegment.NULL)
                        ? arena.allocate(LzmaNative.OPTIONS_SIZE, 8) : options);
            } finally {
                // allocated by liblzma with malloc (no allocator given)
                LzmaNative.callVoid(LzmaNative.FREE, options);
            }
        }
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
