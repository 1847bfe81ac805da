package org.taipan.modules.zlib;

import org.taipan.modules.binascii.BinasciiModule;
import org.taipan.modules.binascii.Crc;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * The {@code zlib} module (CPython's {@code Modules/zlibmodule.c}) over {@code java.util.zip}:
 * {@code compress}/{@code decompress} with {@code level} and {@code wbits} (zlib, raw deflate,
 * gzip, auto-detection), {@code compressobj}/{@code decompressobj} ({@link ZStreams}),
 * {@code crc32}, {@code adler32}, the constants, {@code ZLIB_VERSION} and {@code error} with
 * zlib's "Error -3 while decompressing data: ..." messages. Limits: the JDK's deflater has a
 * fixed 32 KiB window and memory level 8, and no {@code Z_RLE}/{@code Z_FIXED} strategies.
 */
public final class ZlibModule {
    private ZlibModule() {}

    /** {@code zlib.error}. */
    static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("zlib"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {ExceptionTypes.Exception}, ns);
    }

    static PyException error(String message) {
        return Errors.of(ERROR, message);
    }

    /** {@code "Error -3 while decompressing data: incorrect header check"}. */
    static PyException error(ZDecompressor.ZlibError e, String while_) {
        if (e.during != null) {
            while_ = e.during;
        }
        return error(e.getMessage() == null ? "Error " + e.code + " while " + while_
                : "Error " + e.code + " while " + while_ + ": " + e.getMessage());
    }

    static long intArg(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = PyInt.asInt(o);
        if (i == null) {
            if (o.type().nb_index == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
            }
            i = Abstract.index(o, null);
        }
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return i.longValue();
    }

    /** Builds the module. */
    public static PyModule create() {
        PyModule m = new PyModule("zlib", true);
        m.set("error", ERROR);
        Object[][] constants = {
            {"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6},
        };
        for (Object[] c : constants) {
            m.set((String) c[0], PyInt.of((Integer) c[1]));
        }
        m.set("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.set("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        m.def("compress", (a, k) -> {
            PyObject[] v = MethodArgs.bind("compress", a, k, 1, "data", "level", "wbits");
            byte[] data = Buffers.require(MethodArgs.required("compress", v, 0, "data"));
            long level = intArg(v[1], -1);
            Framing f = Framing.of(intArg(v[2], 15), true);
            if (level < -1 || level > 9 || f == null) {
                throw error("Bad compression level");
            }
            return PyBytes.of(ZCompressor.compressAll(data, (int) level, f));
        });
        m.def("decompress", (a, k) -> {
            PyObject[] v = MethodArgs.bind("decompress", a, k, 1, "data", "wbits", "bufsize");
            byte[] data = Buffers.require(MethodArgs.required("decompress", v, 0, "data"));
            long wbits = intArg(v[1], 15);
            Framing f = Framing.of(wbits, false);
            long bufsize = v[2] == null ? 16384 : Abstract.index(v[2], null).longValue();
            if (bufsize < 0) {
                throw Errors.valueError("bufsize must be non-negative");
            }
            if (f == null) {
                throw error("Error -3 while decompressing data: invalid window size");
            }
            ZDecompressor d = new ZDecompressor(f, null, (int) wbits);
            try {
                byte[] out = d.decompress(data, 0);
                if (!d.finished()) {
                    throw error("Error -5 while decompressing data: incomplete or truncated stream");
                }
                return PyBytes.of(out);
            } catch (ZDecompressor.ZlibError e) {
                throw error(e, "decompressing data");
            }
        });
        m.def("compressobj", (a, k) -> {
            PyObject[] v = MethodArgs.bind("compressobj", a, k, 0, "level", "method", "wbits", "memLevel", "strategy",
                    "zdict");
            long level = intArg(v[0], -1);
            long method = intArg(v[1], 8);
            Framing f = Framing.of(intArg(v[2], 15), true);
            long memLevel = intArg(v[3], 8);
            long strategy = intArg(v[4], 0);
            byte[] zdict = v[5] == null ? null : Buffers.require(v[5]);
            if (level < -1 || level > 9 || method != 8 || f == null || memLevel < 1 || memLevel > 9 || strategy < 0
                    || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new ZStreams.Compress(new ZCompressor((int) level, f, (int) strategy, zdict), (int) level, f,
                    (int) strategy, zdict);
        });
        m.def("decompressobj", (a, k) -> {
            PyObject[] v = MethodArgs.bind("decompressobj", a, k, 0, "wbits", "zdict");
            long wbits = intArg(v[0], 15);
            Framing f = Framing.of(wbits, false);
            if (f == null) {
                throw Errors.valueError("Invalid initialization option");
            }
            byte[] zdict = v[1] == null ? null : Buffers.require(v[1]);
            return new ZStreams.Decompress(f, zdict, (int) wbits);
        });
        m.def("crc32", (a, k) -> {
            Args.noKeywords("crc32", k);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length < 1 ? "crc32 expected at least 1 argument, got 0"
                        : "crc32 expected at most 2 arguments, got " + a.length);
            }
            byte[] data = Buffers.require(a[0]);
            return PyInt.of(Crc.crc32(data, 0, data.length, a.length > 1 ? BinasciiModule.unsignedMask(a[1]) : 0));
        });
        m.def("adler32", (a, k) -> {
            Args.noKeywords("adler32", k);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError(a.length < 1 ? "adler32 expected at least 1 argument, got 0"
                        : "adler32 expected at most 2 arguments, got " + a.length);
            }
            byte[] data = Buffers.require(a[0]);
            return PyInt.of(Crc.adler32(data, 0, data.length, a.length > 1 ? BinasciiModule.unsignedMask(a[1]) : 1));
        });
        return m;
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
