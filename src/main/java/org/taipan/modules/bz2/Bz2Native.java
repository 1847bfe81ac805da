package org.taipan.modules.bz2;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The system's libbzip2 ({@code libbz2.so.1.0}) through the Foreign Function and Memory API: the
 * six stream functions CPython's {@code _bz2} module calls and the layout of {@code bz_stream}
 * on a 64-bit Linux (LP64). The library is looked up once, when the class is first used; where
 * it is missing or the JVM refuses native access, {@link #UNAVAILABLE} says why and no function
 * is linked.
 */
final class Bz2Native {
    private Bz2Native() {}

    static final int RUN = 0, FINISH = 2;
    static final int OK = 0, RUN_OK = 1, FLUSH_OK = 2, FINISH_OK = 3, STREAM_END = 4;
    static final int SEQUENCE_ERROR = -1, PARAM_ERROR = -2, MEM_ERROR = -3, DATA_ERROR = -4,
            DATA_ERROR_MAGIC = -5, IO_ERROR = -6, UNEXPECTED_EOF = -7, CONFIG_ERROR = -9;

    /** {@code sizeof(bz_stream)} and the offsets of the fields the caller sets and reads. */
    static final long STREAM_SIZE = 80, NEXT_IN = 0, AVAIL_IN = 8, NEXT_OUT = 24, AVAIL_OUT = 32;

    private static final ValueLayout I = ValueLayout.JAVA_INT, P = ValueLayout.ADDRESS;

    static final MethodHandle COMPRESS_INIT, COMPRESS, COMPRESS_END, DECOMPRESS_INIT, DECOMPRESS, DECOMPRESS_END;

    /** Why the library cannot be used, or null when it can. */
    static final String UNAVAILABLE;

    static {
        MethodHandle[] h = new MethodHandle[6];
        String why = null;
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = SymbolLookup.libraryLookup("libbz2.so.1.0", Arena.global());
            String[] names = {"BZ2_bzCompressInit", "BZ2_bzCompress", "BZ2_bzCompressEnd", "BZ2_bzDecompressInit",
                "BZ2_bzDecompress", "BZ2_bzDecompressEnd"};
            FunctionDescriptor[] shapes = {FunctionDescriptor.of(I, P, I, I, I), FunctionDescriptor.of(I, P, I),
                FunctionDescriptor.of(I, P), FunctionDescriptor.of(I, P, I, I), FunctionDescriptor.of(I, P),
                FunctionDescriptor.of(I, P)};
            for (int i = 0; i < names.length; i++) {
                MemorySegment addr = lib.find(names[i]).orElseThrow(() -> new UnsatisfiedLinkError("no such symbol"));
                h[i] = linker.downcallHandle(addr, shapes[i]);
            }
        } catch (IllegalArgumentException | UnsatisfiedLinkError | IllegalCallerException e) {
            // no libbz2.so.1.0 on this machine, or a JVM that denies native access
            why = "libbz2 is not available: " + e.getMessage();
        }
        UNAVAILABLE = why;
        COMPRESS_INIT = h[0];
        COMPRESS = h[1];
        COMPRESS_END = h[2];
        DECOMPRESS_INIT = h[3];
        DECOMPRESS = h[4];
        DECOMPRESS_END = h[5];
    }

    /** {@code BZ2_bzCompress(strm, action)}, the call the compression loop makes for each block. */
    static int compress(MemorySegment strm, int action) {
        try {
            return (int) COMPRESS.invokeExact(strm, action);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** {@code BZ2_bzDecompress(strm)}, the call the decompression loop makes for each block. */
    static int decompress(MemorySegment strm) {
        try {
            return (int) DECOMPRESS.invokeExact(strm);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        // a downcall throws nothing checked: this is a bug
        return new IllegalStateException(e);
    }

    /** Calls a stream function that returns an int status; a Throwable from the handle is a bug. */
    static int call(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
