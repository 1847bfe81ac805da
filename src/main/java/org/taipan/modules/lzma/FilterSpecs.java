package org.taipan.modules.lzma;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.Set;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * Filter specifiers, the dicts of {@code filters=[{"id": FILTER_LZMA2, "preset": 9}, ...]}, turned
 * into liblzma's {@code lzma_filter} arrays and back (CPython's {@code parse_filter_chain_spec}
 * and {@code build_filter_spec}). The native structures live in the caller's arena, zeroed, for
 * the one call that hands them to liblzma (which copies what it keeps). Errors are CPython's:
 * TypeError for a specifier that is not a mapping, ValueError for a missing or unknown id and
 * for an option that is unknown or not a 32-bit unsigned int, LZMAError for a bad preset.
 */
final class FilterSpecs {
    private FilterSpecs() {}

    private static final Set<String> LZMA_OPTIONS = Set.of("id", "preset", "dict_size", "lc", "lp", "pb", "mode",
            "nice_len", "mf", "depth");
    private static final Set<String> DELTA_OPTIONS = Set.of("id", "dist");
    private static final Set<String> BCJ_OPTIONS = Set.of("id", "start_offset");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * A filter chain: the specifiers of the sequence {@code specs} in an array of
     * {@code lzma_filter} ended by {@code LZMA_VLI_UNKNOWN}.
     *
     * @throws PyException TypeError "dict is not a sequence", "object of type 'int' has no len()",
     *     ValueError "Too many filters - liblzma supports a maximum of 4", or what
     *     {@link #filter} raises for a specifier
     */
    static MemorySegment chain(Arena arena, PyObject specs) {
        if (specs instanceof PyDict) {
            // PySequence_Size: a mapping has a length but is not a sequence
            throw Errors.typeError("%s is not a sequence", specs.type().name());
        }
        long n = Abstract.length(specs);
        if (n > LzmaNative.FILTERS_MAX) {
            throw Errors.valueError("Too many filters - liblzma supports a maximum of %d", LzmaNative.FILTERS_MAX);
        }
        MemorySegment filters = arena.allocate(LzmaNative.FILTER_SIZE * (n + 1), 8);
        for (int i = 0; i < n; i++) {
            filter(arena, Abstract.getItem(specs, PyInt.of(i)), filters.asSlice(i * LzmaNative.FILTER_SIZE));
        }
        filters.set(ValueLayout.JAVA_LONG, n * LzmaNative.FILTER_SIZE, LzmaNative.VLI_UNKNOWN);
        return filters;
    }

    /** The id of the filter at {@code filter} (an {@code lzma_filter}). */
    static long id(MemorySegment filter) {
        return filter.get(ValueLayout.JAVA_LONG, 0);
    }

    /** The options pointer of the filter at {@code filter}. */
    static MemorySegment options(MemorySegment filter) {
        return filter.get(ValueLayout.ADDRESS, 8);
    }

    /**
     * One specifier into the {@code lzma_filter} at {@code filter}: its id and its options.
     *
     * @throws PyException TypeError "Filter specifier must be a dict or dict-like object",
     *     ValueError "Filter specifier must have an "id" entry", "Invalid filter ID: 99",
     *     "Invalid filter specifier for LZMA filter" (delta, BCJ), LZMAError "Invalid compression
     *     preset: 10", and the id's own conversion errors
     */
    static void filter(Arena arena, PyObject spec, MemorySegment filter) {
        if (spec.type().mp_subscript == null) {
            throw Errors.typeError("Filter specifier must be a dict or dict-like object");
        }
        PyObject idObj = item(spec, "id");
        if (idObj == null) {
            throw Errors.valueError("Filter specifier must have an \"id\" entry");
        }
        long id = unsignedLongLong(idObj);
        MemorySegment options = arena.allocate(LzmaNative.OPTIONS_SIZE, 8);
        if (id == LzmaNative.FILTER_LZMA1 || id == LzmaNative.FILTER_LZMA2) {
            lzmaOptions(spec, options);
        } else if (id == LzmaNative.FILTER_DELTA) {
            options.set(ValueLayout.JAVA_INT, LzmaNative.DELTA_TYPE, 0); // LZMA_DELTA_TYPE_BYTE
            options.set(ValueLayout.JAVA_INT, LzmaNative.DELTA_DIST, 1);
            readOptions(spec, DELTA_OPTIONS, "delta", options, new String[] {"dist"},
                    new long[] {LzmaNative.DELTA_DIST});
        } else if (id >= LzmaNative.FILTER_X86 && id <= LzmaNative.FILTER_SPARC) {
            readOptions(spec, BCJ_OPTIONS, "BCJ", options, new String[] {"start_offset"},
                    new long[] {LzmaNative.BCJ_START_OFFSET});
        } else {
            throw Errors.valueError("Invalid filter ID: %s", Long.toUnsignedString(id));
        }
        filter.set(ValueLayout.JAVA_LONG, 0, id);
        filter.set(ValueLayout.ADDRESS, 8, options);
    }

    /** The LZMA1/LZMA2 options: a preset's values (default 6), then the specifier's own. */
    private static void lzmaOptions(PyObject spec, MemorySegment options) {
        PyObject presetObj = item(spec, "preset");
        int preset = presetObj == null ? LzmaNative.PRESET_DEFAULT : uint32(presetObj);
        if (LzmaNative.callBool(LzmaNative.LZMA_PRESET, options, preset)) {
            throw LzmaErrors.error("Invalid compression preset: " + Integer.toUnsignedString(preset));
        }
        readOptions(spec, LZMA_OPTIONS, "LZMA", options,
                new String[] {"dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"},
                new long[] {LzmaNative.DICT_SIZE, LzmaNative.LC, LzmaNative.LP, LzmaNative.PB, LzmaNative.MODE,
                    LzmaNative.NICE_LEN, LzmaNative.MF, LzmaNative.DEPTH});
    }

    /**
     * Reads the options of a specifier as CPython's {@code PyArg_ParseTupleAndKeywords} does with it
     * as the keywords: a dict whose keys are all allowed, each named option a 32-bit unsigned int
     * written at its offset. Any failure is ValueError "Invalid filter specifier for KIND filter".
     */
    private static void readOptions(PyObject spec, Set<String> allowed, String kind, MemorySegment options,
            String[] names, long[] offsets) {
        PyException invalid = Errors.valueError("Invalid filter specifier for %s filter", kind);
        if (!(spec instanceof PyDict d)) {
            throw invalid;
        }
        for (int i = 0; i < d.size(); i++) {
            if (!(d.keyAt(i) instanceof PyStr k) || !allowed.contains(k.toString())) {
                throw invalid;
            }
        }
        for (int i = 0; i < names.length; i++) {
            PyObject v = d.getItem(PyStr.of(names[i]));
            if (v != null) {
                try {
                    options.set(ValueLayout.JAVA_INT, offsets[i], uint32(v));
                } catch (PyException e) {
                    throw invalid;
                }
            }
        }
    }

    /** {@code spec[key]}, or null when it raises KeyError (other errors propagate). */
    private static PyObject item(PyObject spec, String key) {
        if (spec instanceof PyDict d && d.getClass() == PyDict.class) {
            return d.getItem(PyStr.of(key));
        }
        try {
            return Abstract.getItem(spec, PyStr.of(key));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * An int as a C {@code unsigned long long}, as {@code PyLong_AsUnsignedLongLong} reads it (no
     * {@code __index__}): its 64 bits in a Java long.
     *
     * @throws PyException TypeError "an integer is required", OverflowError "can't convert
     *     negative int to unsigned" or "int too big to convert"
     */
    static long unsignedLongLong(PyObject o) {
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        if (i.fitsLong()) {
            return i.longValue();
        }
        if (i.bigValue().compareTo(UINT64_MAX) > 0) {
            throw Errors.overflow("int too big to convert");
        }
        return i.bigValue().longValue();
    }

    /**
     * An int as a {@code uint32_t} (CPython's {@code uint32_converter}).
     *
     * @throws PyException as {@link #unsignedLongLong}, and OverflowError "Value too large for
     *     uint32_t type"
     */
    static int uint32(PyObject o) {
        long v = unsignedLongLong(o);
        if (v < 0 || v > 0xffffffffL) {
            throw Errors.overflow("Value too large for uint32_t type");
        }
        return (int) v;
    }

    /**
     * The specifier of a decoded filter: its id and the options its properties carry (LZMA1: lc,
     * lp, pb, dict_size; LZMA2: dict_size; delta: dist; BCJ: start_offset).
     *
     * @throws PyException ValueError "Invalid filter ID: 99"
     */
    static PyDict describe(long id, MemorySegment options) {
        PyDict spec = new PyDict();
        spec.setItem(PyStr.of("id"), unsigned(id));
        MemorySegment o = options.reinterpret(LzmaNative.OPTIONS_SIZE);
        if (id == LzmaNative.FILTER_LZMA1) {
            put(spec, "lc", o, LzmaNative.LC);
            put(spec, "lp", o, LzmaNative.LP);
            put(spec, "pb", o, LzmaNative.PB);
            put(spec, "dict_size", o, LzmaNative.DICT_SIZE);
        } else if (id == LzmaNative.FILTER_LZMA2) {
            put(spec, "dict_size", o, LzmaNative.DICT_SIZE);
        } else if (id == LzmaNative.FILTER_DELTA) {
            put(spec, "dist", o, LzmaNative.DELTA_DIST);
        } else if (id >= LzmaNative.FILTER_X86 && id <= LzmaNative.FILTER_SPARC) {
            put(spec, "start_offset", o, LzmaNative.BCJ_START_OFFSET);
        } else {
            throw Errors.valueError("Invalid filter ID: %s", Long.toUnsignedString(id));
        }
        return spec;
    }

    private static void put(PyDict spec, String key, MemorySegment options, long offset) {
        spec.setItem(PyStr.of(key), PyInt.of(Integer.toUnsignedLong(options.get(ValueLayout.JAVA_INT, offset))));
    }

    /** A 64-bit unsigned value as a Python int. */
    static PyInt unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }
}
