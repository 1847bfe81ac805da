package org.taipan.modules.lzma;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import org.taipan.modules.bz2.StreamBuffers;

/**
 * One {@code lzma_stream} in native memory, with the push loops CPython's {@code _lzma} runs over
 * it ({@code compress()} and {@code decompress_buf()}). It is ended ({@code lzma_end}) by a cleaner
 * once its Python object is unreachable, as the C object's {@code dealloc} ends it. The loops
 * touch no Python object, so callers run them without the GIL, under the object's lock; input
 * liblzma has not consumed stays in the stream's {@link StreamBuffers} for the next call.
 */
final class LzmaStream {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int CHUNK = StreamBuffers.OUT_SIZE;

    /**
     * What a loop produced: the output, the last return code, how many input bytes it left
     * unread, whether the last call filled all the output space it was given, and the stream's
     * check when liblzma reported it (-1 when not).
     */
    record Outcome(byte[] out, int ret, long left, boolean full, int check) {}

    /** Sets up an encoder or decoder on a fresh stream; returns liblzma's code. */
    interface Init {
        int on(MemorySegment strm);
    }

    private final MemorySegment strm;
    final StreamBuffers buffers = new StreamBuffers();

    private LzmaStream(MemorySegment strm) {
        this.strm = strm;
    }

    /**
     * A stream set up by {@code init}, to be ended when {@code owner} is collected.
     *
     * @throws org.taipan.runtime.PyException LZMAError (or MemoryError) when {@code init} fails
     */
    static LzmaStream open(Object owner, Init init) {
        // LZMA_STREAM_INIT is all zeros, which a fresh allocation is
        MemorySegment strm = Arena.ofAuto().allocate(LzmaNative.STREAM_SIZE, 8);
        int ret = init.on(strm);
        // lzma_end is harmless on a stream whose setup failed part way, and frees what it allocated
        CLEANER.register(owner, () -> LzmaNative.callVoid(LzmaNative.END, strm));
        LzmaErrors.check(ret);
        return new LzmaStream(strm);
    }

    /**
     * Encodes all of {@code data} with {@code action} (RUN: stop when the input is used up;
     * FINISH: stop at the end of the stream), returning everything liblzma wrote.
     */
    Outcome compress(byte[] data, int action) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        feed(data);
        try {
            while (true) {
                offer(CHUNK);
                int ret = LzmaNative.code(strm, action);
                buffers.take(CHUNK - (int) availOut(), result);
                if (ret == LzmaNative.BUF_ERROR && data.length == 0 && availOut() > 0) {
                    ret = LzmaNative.OK; // no progress possible without input: not a failure
                }
                if (!LzmaErrors.ok(ret) || action == LzmaNative.RUN && availIn() == 0
                        || action == LzmaNative.FINISH && ret == LzmaNative.STREAM_END) {
                    return new Outcome(result.toByteArray(), ret, 0, false, -1);
                }
            }
        } finally {
            buffers.leave(0);
        }
    }

    /**
     * Decodes the held-back input and {@code data}, returning at most {@code maxLength} bytes (all
     * when negative); stops at the end of the stream, when the output limit is reached, or when
     * the input is used up and the output space is not, checked in that order as
     * {@code decompress_buf} does. What was not consumed stays in {@link #buffers}.
     */
    Outcome decompress(byte[] data, long maxLength) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        int check = -1;
        feed(data);
        while (true) {
            int room = maxLength < 0 ? CHUNK : (int) Math.min(CHUNK, maxLength - result.size());
            offer(room);
            int ret = LzmaNative.code(strm, LzmaNative.RUN);
            buffers.take(room - (int) availOut(), result);
            if (ret == LzmaNative.BUF_ERROR && availIn() == 0 && availOut() > 0) {
                ret = LzmaNative.OK; // waiting for more input
            }
            if (ret == LzmaNative.GET_CHECK || ret == LzmaNative.NO_CHECK) {
                check = LzmaNative.call(LzmaNative.GET_CHECK_FN, strm);
            }
            boolean full = availOut() == 0;
            if (!LzmaErrors.ok(ret) || ret == LzmaNative.STREAM_END || full && result.size() == maxLength
                    || !full && availIn() == 0) {
                buffers.leave(availIn());
                return new Outcome(result.toByteArray(), ret, availIn(), full, check);
            }
        }
    }

    /** Points the stream's input at the held-back input followed by {@code data}. */
    private void feed(byte[] data) {
        MemorySegment next = buffers.append(data);
        strm.set(ValueLayout.ADDRESS, LzmaNative.NEXT_IN, next);
        strm.set(ValueLayout.JAVA_LONG, LzmaNative.AVAIL_IN, buffers.pending());
    }

    private long availIn() {
        return strm.get(ValueLayout.JAVA_LONG, LzmaNative.AVAIL_IN);
    }

    private long availOut() {
        return strm.get(ValueLayout.JAVA_LONG, LzmaNative.AVAIL_OUT);
    }

    /** Gives the stream {@code room} bytes of output space in the output block. */
    private void offer(int room) {
        strm.set(ValueLayout.ADDRESS, LzmaNative.NEXT_OUT, buffers.out());
        strm.set(ValueLayout.JAVA_LONG, LzmaNative.AVAIL_OUT, room);
    }
}
