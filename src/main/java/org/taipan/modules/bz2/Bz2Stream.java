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
 * the GIL; input and output pass through buffers allocated for the one call.
 */
final class Bz2Stream {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int CHUNK = 64 * 1024;

    /** What a loop produced: the output, the last status and how many input bytes it left unread. */
    record Outcome(byte[] out, int status, int left) {}

    final MemorySegment strm;

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
        try (Arena call = Arena.ofConfined()) {
            MemorySegment out = call.allocate(CHUNK);
            feed(call, data);
            while (action != Bz2Native.RUN || availIn() != 0) {
                offer(out, CHUNK);
                int status = Bz2Native.call(Bz2Native.COMPRESS, strm, action);
                take(out, CHUNK, result);
                if (!Bz2Errors.ok(status) || action == Bz2Native.FINISH && status == Bz2Native.STREAM_END) {
                    return new Outcome(result.toByteArray(), status, 0);
                }
            }
            return new Outcome(result.toByteArray(), Bz2Native.RUN_OK, 0);
        }
    }

    /**
     * Decompresses {@code data}, returning at most {@code maxLength} bytes (all of them when
     * negative); stops at the end of the stream, when the input is used up, or when the limit is
     * reached, checked in that order as {@code decompress_buf} does.
     */
    Outcome decompress(byte[] data, long maxLength) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (Arena call = Arena.ofConfined()) {
            MemorySegment out = call.allocate(CHUNK);
            feed(call, data);
            while (true) {
                int room = maxLength < 0 ? CHUNK : (int) Math.min(CHUNK, maxLength - result.size());
                offer(out, room);
                int status = Bz2Native.call(Bz2Native.DECOMPRESS, strm);
                take(out, room, result);
                int left = availIn();
                boolean full = strm.get(ValueLayout.JAVA_INT, Bz2Native.AVAIL_OUT) == 0;
                if (!Bz2Errors.ok(status) || status == Bz2Native.STREAM_END || left == 0
                        || full && result.size() == maxLength) {
                    return new Outcome(result.toByteArray(), status, left);
                }
            }
        }
    }

    /** Points the stream's input at a copy of {@code data}. */
    private void feed(Arena call, byte[] data) {
        MemorySegment in = call.allocate(Math.max(1, data.length));
        MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, 0, data.length);
        strm.set(ValueLayout.ADDRESS, Bz2Native.NEXT_IN, in);
        strm.set(ValueLayout.JAVA_INT, Bz2Native.AVAIL_IN, data.length);
    }

    private int availIn() {
        return strm.get(ValueLayout.JAVA_INT, Bz2Native.AVAIL_IN);
    }

    /** Gives the stream {@code room} bytes of output space at {@code out}. */
    private void offer(MemorySegment out, int room) {
        strm.set(ValueLayout.ADDRESS, Bz2Native.NEXT_OUT, out);
        strm.set(ValueLayout.JAVA_INT, Bz2Native.AVAIL_OUT, room);
    }

    /** Appends what the last call wrote into the {@code room} bytes offered. */
    private void take(MemorySegment out, int room, ByteArrayOutputStream result) {
        int n = room - strm.get(ValueLayout.JAVA_INT, Bz2Native.AVAIL_OUT);
        result.write(out.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), 0, n);
    }
}
