package org.taipan.modules.bz2;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;

/**
 * One {@code bz_stream} in native memory, with the push loops CPython's {@code _bz2} runs over it
 * ({@code compress()} and {@code decompress_buf()}). The structure never moves (libbzip2 keeps a
 * pointer back to it) and is ended by a cleaner once its Python object is unreachable, as the C
 * object's {@code dealloc} ends it. The loops touch no Python object, so callers run them without
 * the GIL, under the object's lock; input the library has not consumed stays in the stream's
 * {@link StreamBuffers} for the next call.
 */
final class Bz2Stream {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int CHUNK = StreamBuffers.OUT_SIZE;

    /** What a loop produced: the output, the last status and how many input bytes it left unread. */
    record Outcome(byte[] out, int status, long left) {}

    private final MemorySegment strm;
    final StreamBuffers buffers = new StreamBuffers();

    private Bz2Stream(MemorySegment strm) {
        this.strm = strm;
    }

    /**
     * A stream set up by {@code init} (a call of BZ2_bzCompressInit or BZ2_bzDecompressInit on it),
     * to be ended by {@code end} when {@code owner} is collected.
     *
     * @return the stream, or null with {@code status[0]} set when the init call failed
     */
    static Bz2Stream open(Object owner, java.util.function.ToIntFunction<MemorySegment> init, MethodHandle end,
            int[] status) {
        MemorySegment strm = Arena.ofAuto().allocate(Bz2Native.STREAM_SIZE, 8);
        status[0] = init.applyAsInt(strm);
        if (!Bz2Errors.ok(status[0])) {
            return null;
        }
        CLEANER.register(owner, () -> Bz2Native.call(end, strm));
        return new Bz2Stream(strm);
    }

    /**
     * Compresses all of {@code data} with {@code action} (RUN: stop when the input is used up;
     * FINISH: stop at the end of the stream), returning everything libbzip2 wrote.
     */
    Outcome compress(byte[] data, int action) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        feed(data);
        try {
            while (action != Bz2Native.RUN || availIn() != 0) {
                offer(CHUNK);
                int status = Bz2Native.compress(strm, action);
                buffers.take(CHUNK - availOut(), result);
                if (!Bz2Errors.ok(status) || action == Bz2Native.FINISH && status == Bz2Native.STREAM_END) {
                    return new Outcome(result.toByteArray(), status, 0);
                }
            }
            return new Outcome(result.toByteArray(), Bz2Native.RUN_OK, 0);
        } finally {
            buffers.leave(0);
        }
    }

    /**
     * Decompresses the held-back input and {@code data}, returning at most {@code maxLength} bytes
     * (all of them when negative); stops at the end of the stream, when the input is used up, or
     * when the limit is reached, checked in that order as {@code decompress_buf} does. What was not
     * consumed stays in {@link #buffers}.
     */
    Outcome decompress(byte[] data, long maxLength) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        feed(data);
        while (true) {
            int room = maxLength < 0 ? CHUNK : (int) Math.min(CHUNK, maxLength - result.size());
            offer(room);
            int status = Bz2Native.decompress(strm);
            long left = availIn();
            boolean full = availOut() == 0;
            buffers.take(room - availOut(), result);
            if (!Bz2Errors.ok(status) || status == Bz2Native.STREAM_END || left == 0
                    || full && result.size() == maxLength) {
                buffers.leave(left);
                return new Outcome(result.toByteArray(), status, left);
            }
        }
    }

    /** Points the stream's input at the held-back input followed by {@code data}. */
    private void feed(byte[] data) {
        MemorySegment next = buffers.append(data);
        strm.set(ValueLayout.ADDRESS, Bz2Native.NEXT_IN, next);
        // avail_in is an unsigned int: the decompressor refuses more than 4 GiB held back at once,
        // and a compressor holds nothing back
        strm.set(ValueLayout.JAVA_INT, Bz2Native.AVAIL_IN, (int) buffers.pending());
    }

    private long availIn() {
        return Integer.toUnsignedLong(strm.get(ValueLayout.JAVA_INT, Bz2Native.AVAIL_IN));
    }

    private int availOut() {
        return strm.get(ValueLayout.JAVA_INT, Bz2Native.AVAIL_OUT);
    }

    /** Gives the stream {@code room} bytes of output space in the output block. */
    private void offer(int room) {
        strm.set(ValueLayout.ADDRESS, Bz2Native.NEXT_OUT, buffers.out());
        strm.set(ValueLayout.JAVA_INT, Bz2Native.AVAIL_OUT, room);
    }
}
