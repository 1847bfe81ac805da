package org.taipan.modules.lzma;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The system's liblzma ({@code liblzma.so.5}) through the Foreign Function and Memory API: the
 * functions CPython's {@code _lzma} module calls, their constants, and the layouts of
 * {@code lzma_stream}, {@code lzma_filter} and the filter option structures on a 64-bit Linux
 * (LP64). The library is looked up once, when the class is first used; where it is missing or
 * the JVM refuses native access, {@link #UNAVAILABLE} says why and no function is linked.
 */
final class LzmaNative {
    private LzmaNative() {}

    // lzma_ret
    static final int OK = 0, STREAM_END = 1, NO_CHECK = 2, UNSUPPORTED_CHECK = 3, GET_CHECK = 4, MEM_ERROR = 5,
            MEMLIMIT_ERROR = 6, FORMAT_ERROR = 7, OPTIONS_ERROR = 8, DATA_ERROR = 9, BUF_ERROR = 10,
            PROG_ERROR = 11;
    // lzma_action
    static final int RUN = 0, FINISH = 3;
    /** Decoder flags: report the stream's check, including "none" (what CPython's objects ask for). */
    static final int TELL_NO_CHECK = 0x01, TELL_ANY_CHECK = 0x04;
    static final int CHECK_NONE = 0, CHECK_CRC32 = 1, CHECK_CRC64 = 4, CHECK_SHA256 = 10, CHECK_ID_MAX = 15,
            CHECK_UNKNOWN = 16;
    static final long FILTER_LZMA1 = 0x4000000000000001L, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03,
            FILTER_X86 = 0x04, FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07, FILTER_ARMTHUMB = 0x08,
            FILTER_SPARC = 0x09;
    /** {@code LZMA_VLI_UNKNOWN}, the id that ends a filter chain. */
    static final long VLI_UNKNOWN = -1L;
    static final int FILTERS_MAX = 4;
    static final int PRESET_DEFAULT = 6, PRESET_EXTREME = 0x80000000;

    /** {@code sizeof(lzma_stream)} and its fields' offsets. */
    static final long STREAM_SIZE = 136, NEXT_IN = 0, AVAIL_IN = 8, NEXT_OUT = 24, AVAIL_OUT = 32;
    /** {@code sizeof(lzma_filter)}: a 64-bit id and an options pointer. */
    static final long FILTER_SIZE = 16;
    /**
     * Room for {@code lzma_options_lzma} (96 bytes in liblzma 5.4, reserved fields included),
     * {@code lzma_options_delta} and {@code lzma_options_bcj}; allocated zeroed, as CPython's
     * {@code PyMem_Calloc} does, so the reserved fields are 0.
     */
    static final long OPTIONS_SIZE = 128;
    /** Offsets in {@code lzma_options_lzma}. */
    static final long DICT_SIZE = 0, LC = 20, LP = 24, PB = 28, MODE = 32, NICE_LEN = 36, MF = 40, DEPTH = 44;
    /** Offsets in {@code lzma_options_delta} (type, dist) and {@code lzma_options_bcj} (start_offset). */
    static final long DELTA_TYPE = 0, DELTA_DIST = 4, BCJ_START_OFFSET = 0;

    private static final ValueLayout I = ValueLayout.JAVA_INT, L = ValueLayout.JAVA_LONG, P = ValueLayout.ADDRESS,
            B = ValueLayout.JAVA_BYTE;

    static final MethodHandle EASY_ENCODER, STREAM_ENCODER, ALONE_ENCODER, RAW_ENCODER, LZMA_PRESET, AUTO_DECODER,
            STREAM_DECODER, ALONE_DECODER, RAW_DECODER, CODE, END, GET_CHECK_FN, CHECK_IS_SUPPORTED, PROPERTIES_SIZE,
            PROPERTIES_ENCODE, PROPERTIES_DECODE, FREE;

    /** Why the library cannot be used, or null when it can. */
    static final String UNAVAILABLE;

    static {
        Object[][] fns = {
            {"lzma_easy_encoder", FunctionDescriptor.of(I, P, I, I)},
            {"lzma_stream_encoder", FunctionDescriptor.of(I, P, P, I)},
            {"lzma_alone_encoder", FunctionDescriptor.of(I, P, P)},
            {"lzma_raw_encoder", FunctionDescriptor.of(I, P, P)},
            {"lzma_lzma_preset", FunctionDescriptor.of(B, P, I)},
            {"lzma_auto_decoder", FunctionDescriptor.of(I, P, L, I)},
            {"lzma_stream_decoder", FunctionDescriptor.of(I, P, L, I)},
            {"lzma_alone_decoder", FunctionDescriptor.of(I, P, L)},
            {"lzma_raw_decoder", FunctionDescriptor.of(I, P, P)},
            {"lzma_code", FunctionDescriptor.of(I, P, I)},
            {"lzma_end", FunctionDescriptor.ofVoid(P)},
            {"lzma_get_check", FunctionDescriptor.of(I, P)},
            {"lzma_check_is_supported", FunctionDescriptor.of(B, I)},
            {"lzma_properties_size", FunctionDescriptor.of(I, P, P)},
            {"lzma_properties_encode", FunctionDescriptor.of(I, P, P)},
            {"lzma_properties_decode", FunctionDescriptor.of(I, P, P, P, L)},
            // the C library's, to release what lzma_properties_decode allocated with malloc
            {"free", FunctionDescriptor.ofVoid(P)},
        };
        MethodHandle[] h = new MethodHandle[fns.length];
        String why = null;
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = SymbolLookup.libraryLookup("liblzma.so.5", Arena.global());
            for (int i = 0; i < fns.length; i++) {
                String name = (String) fns[i][0];
                SymbolLookup where = name.equals("free") ? linker.defaultLookup() : lib;
                MemorySegment addr = where.find(name).orElseThrow(() -> new UnsatisfiedLinkError("no symbol " + name));
                h[i] = linker.downcallHandle(addr, (FunctionDescriptor) fns[i][1]);
            }
        } catch (IllegalArgumentException | UnsatisfiedLinkError | IllegalCallerException e) {
            // no liblzma.so.5 on this machine, or a JVM that denies native access
            why = "liblzma is not available: " + e.getMessage();
        }
        UNAVAILABLE = why;
        EASY_ENCODER = h[0];
        STREAM_ENCODER = h[1];
        ALONE_ENCODER = h[2];
        RAW_ENCODER = h[3];
        LZMA_PRESET = h[4];
        AUTO_DECODER = h[5];
        STREAM_DECODER = h[6];
        ALONE_DECODER = h[7];
        RAW_DECODER = h[8];
        CODE = h[9];
        END = h[10];
        GET_CHECK_FN = h[11];
        CHECK_IS_SUPPORTED = h[12];
        PROPERTIES_SIZE = h[13];
        PROPERTIES_ENCODE = h[14];
        PROPERTIES_DECODE = h[15];
        FREE = h[16];
    }

    /** {@code lzma_code(strm, action)}, the call the coding loops make for each block. */
    static int code(MemorySegment strm, int action) {
        try {
            return (int) CODE.invokeExact(strm, action);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // a downcall throws nothing checked: this is a bug
            throw new IllegalStateException(e);
        }
    }

    /** Calls a function returning {@code lzma_ret} (or another int). */
    static int call(MethodHandle h, Object... args) {
        return (int) invoke(h, args);
    }

    /** Calls a function returning {@code lzma_bool}: whether it returned non-zero. */
    static boolean callBool(MethodHandle h, Object... args) {
        return (byte) invoke(h, args) != 0;
    }

    /** Calls a function returning nothing. */
    static void callVoid(MethodHandle h, Object... args) {
        invoke(h, args);
    }

    private static Object invoke(MethodHandle h, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // a downcall throws nothing checked: this is a bug
            throw new IllegalStateException(e);
        }
    }
}
