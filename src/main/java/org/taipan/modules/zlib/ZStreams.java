package org.taipan.modules.zlib;

import java.util.ArrayList;
import java.util.List;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Buffers;
import org.taipan.runtime.Errors;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyBool;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * {@code zlib.Compress} and {@code zlib.Decompress}, the objects of {@code compressobj()} and
 * {@code decompressobj()}. The JDK cannot copy a deflate state, so {@code copy()} replays the
 * stream's input (kept while it is under 16 MiB) into a new one, which reaches the same state.
 */
final class ZStreams {
    private ZStreams() {}

    private static final long REPLAY_LIMIT = 16 << 20;

    static final PyType COMPRESS = PyType.builtinFinal("zlib.Compress", PyType.OBJECT);
    static final PyType DECOMPRESS = PyType.builtinFinal("zlib.Decompress", PyType.OBJECT);

    static {
        COMPRESS.addAttr("__module__", PyStr.of("zlib"));
        DECOMPRESS.addAttr("__module__", PyStr.of("zlib"));
        COMPRESS.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'zlib.Compress' instances");
        };
        DECOMPRESS.tp_new = (t, a, k) -> {
            throw Errors.typeError("cannot create 'zlib.Decompress' instances");
        };
        COMPRESS.addMethodOneArg("compress", (self, arg) -> {
            byte[] data = Buffers.require(arg);
            return PyBytes.of(((Compress) self).compress(data));
        });
        COMPRESS.addMethod("flush", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("flush", a, k, 1, "mode");
            return PyBytes.of(((Compress) self).flush((int) ZlibModule.intArg(v[0], ZCompressor.FINISH)));
        });
        for (String name : new String[] {"copy", "__copy__"}) {
            COMPRESS.addMethod(name, (self, a, k) -> ((Compress) self).copy());
        }
        COMPRESS.addMethod("__deepcopy__", (self, a, k) -> ((Compress) self).copy());
        COMPRESS.ready();

        DECOMPRESS.addMethod("decompress", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("decompress", a, k, 1, "data", "max_length");
            byte[] data = Buffers.require(MethodArgs.required("decompress", v, 0, "data"));
            long max = v[1] == null ? 0 : Abstract.index(v[1], null).longValue();
            if (max < 0) {
                throw Errors.valueError("max_length must be non-negative");
            }
            return PyBytes.of(((Decompress) self).decompress(data, max));
        });
        DECOMPRESS.addMethod("flush", (self, a, k) -> {
            PyObject[] v = MethodArgs.bind("flush", a, k, 1, "length");
            long length = v[0] == null ? 16384 : Abstract.index(v[0], null).longValue();
            if (length <= 0) {
                throw Errors.valueError("length must be greater than zero");
            }
            Decompress d = (Decompress) self;
            PyBytes out = PyBytes.of(d.decompress(d.stream.unconsumedTail, 0));
            if (d.stream.eof) {
                // zlib_Decompress_flush_impl ends the zlib stream once it reached its end
                d.ended = true;
            }
            return out;
        });
        for (String name : new String[] {"copy", "__copy__", "__deepcopy__"}) {
            DECOMPRESS.addMethod(name, (self, a, k) -> ((Decompress) self).copy());
        }
        DECOMPRESS.addAttr("unused_data", new PyGetSetDescr(DECOMPRESS, "unused_data",
                o -> PyBytes.of(((Decompress) o).stream.unusedData), null));
        DECOMPRESS.addAttr("unconsumed_tail", new PyGetSetDescr(DECOMPRESS, "unconsumed_tail",
                o -> PyBytes.of(((Decompress) o).stream.unconsumedTail), null));
        DECOMPRESS.addAttr("eof", new PyGetSetDescr(DECOMPRESS, "eof", o -> PyBool.of(((Decompress) o).stream.eof), null));
        DECOMPRESS.ready();
    }

    /** A logged operation for {@code copy()}: data compressed, or a flush mode. */
    private record Op(byte[] data, int mode) {}

    static final class Compress extends PyObject {
        private final ZCompressor stream;
        private final int level;
        private final Framing framing;
        private final int strategy;
        private final byte[] zdict;
        private List<Op> log = new ArrayList<>();
        private long logged;

        Compress(ZCompressor stream, int level, Framing framing, int strategy, byte[] zdict) {
            this.stream = stream;
            this.level = level;
            this.framing = framing;
            this.strategy = strategy;
            this.zdict = zdict;
        }

        @Override
        public PyType type() {
            return COMPRESS;
        }

        private void record(Op op) {
            if (log != null) {
                logged += op.data() == null ? 0 : op.data().length;
                if (logged > REPLAY_LIMIT) {
                    log = null;
                } else {
                    log.add(op);
                }
            }
        }

        byte[] compress(byte[] data) {
            if (stream.finished) {
                throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            }
            record(new Op(data.clone(), -1));
            return stream.compress(data);
        }

        byte[] flush(int mode) {
            if (mode == ZCompressor.NO_FLUSH) {
                return new byte[0];
            }
            if (stream.finished || mode < 0 || mode > 6) {
                throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
            }
            record(new Op(null, mode));
            return stream.flush(mode);
        }

        Compress copy() {
            if (stream.finished) {
                throw Errors.valueError("Inconsistent stream state");
            }
            if (log == null) {
                throw Errors.valueError("cannot copy a compression stream of more than 16 MiB of input");
            }
            Compress c = new Compress(new ZCompressor(level, framing, strategy, zdict), level, framing, strategy, zdict);
            for (Op op : log) {
                if (op.data() != null) {
                    c.compress(op.data());
                } else {
                    c.flush(op.mode());
                }
            }
            return c;
        }
    }

    static final class Decompress extends PyObject {
        final ZDecompressor stream;
        private final Framing framing;
        private final byte[] zdict;
        private final int wbits;
        private List<byte[]> log = new ArrayList<>();
        private long logged;

        Decompress(Framing framing, byte[] zdict, int wbits) {
            this.stream = new ZDecompressor(framing, zdict, wbits);
            this.framing = framing;
            this.zdict = zdict;
            this.wbits = wbits;
        }

        @Override
        public PyType type() {
            return DECOMPRESS;
        }

        byte[] decompress(byte[] data, long max) {
            if (log != null) {
                logged += data.length;
                if (logged > REPLAY_LIMIT) {
                    log = null;
                } else {
                    log.add(new byte[0]);
                }
            }
            try {
                byte[] before = stream.unconsumedTail;
                byte[] out = stream.decompress(data, max);
                if (log != null) {
                    // What the stream actually consumed: the input less what it handed back.
                    int kept = stream.unconsumedTail.length;
                    log.set(log.size() - 1, java.util.Arrays.copyOf(data, data.length - kept));
                }
                return out;
            } catch (ZDecompressor.ZlibError e) {
                throw ZlibModule.error(e, "decompressing data");
            }
        }

        /** Set by a {@code flush()} that found the stream's end: its zlib state is gone (inflateEnd). */
        boolean ended;

        Decompress copy() {
            if (ended) {
                throw Errors.valueError("Inconsistent stream state");
            }
            if (log == null) {
                throw Errors.valueError("cannot copy a decompression stream of more than 16 MiB of input");
            }
            Decompress c = new Decompress(framing, zdict, wbits);
            for (byte[] d : log) {
                c.decompress(d, 0);
            }
            // The copy consumed the same input; what this stream still holds back it holds too.
            c.stream.unconsumedTail = stream.unconsumedTail.clone();
            return c;
        }
    }
}
