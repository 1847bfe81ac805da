package org.taipan.modules.bz2;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The native input and output buffers of one compression stream ({@code _bz2}'s and
 * {@code _lzma}'s), kept from call to call: input the library has not consumed yet stays where it
 * is and new input is appended after it (CPython's decompressors keep their {@code input_buffer}
 * the same way), and one output block is reused, so a stream fed many small pieces does not
 * allocate or copy per call. Used under its stream's lock only. The memory belongs to automatic
 * arenas, released with the buffers once they are unreachable.
 */
public final class StreamBuffers {
    /** The output block's size: what one library call may write. */
    public static final int OUT_SIZE = 64 * 1024;
    /** An input buffer larger than this is dropped once empty rather than kept for the next call. */
    private static final long KEEP_LIMIT = 1 << 20;

    private final MemorySegment out = Arena.ofAuto().allocate(OUT_SIZE);
    private MemorySegment in = MemorySegment.NULL;
    /** The unconsumed input: {@code in[start, start + length)}. */
    private long start, length;

    /**
     * Appends {@code data} after the unconsumed input.
     *
     * @return the first unconsumed byte, for the stream's {@code next_in}
     */
    public MemorySegment append(byte[] data) {
        long need = length + data.length;
        if (start + need > in.byteSize()) {
            if (need <= in.byteSize()) {
                MemorySegment.copy(in, start, in, 0, length);
            } else {
                MemorySegment bigger = Arena.ofAuto().allocate(Math.max(need, Math.min(2 * in.byteSize(), KEEP_LIMIT)));
                MemorySegment.copy(in, start, bigger, 0, length);
                in = bigger;
            }
            start = 0;
        }
        MemorySegment.copy(data, 0, in, ValueLayout.JAVA_BYTE, start + length, data.length);
        length = need;
        return in.asSlice(start);
    }

    /** The number of unconsumed input bytes, for the stream's {@code avail_in}. */
    public long pending() {
        return length;
    }

    /** Records that the library left the last {@code left} bytes of the input unread. */
    public void leave(long left) {
        start += length - left;
        length = left;
        if (length == 0) {
            start = 0;
            if (in.byteSize() > KEEP_LIMIT) {
                in = MemorySegment.NULL;
            }
        }
    }

    /** A copy of the unconsumed input (for {@code unused_data}). */
    public byte[] pendingBytes() {
        return in.asSlice(start, length).toArray(ValueLayout.JAVA_BYTE);
    }

    /** Forgets the unconsumed input (after a failure, as CPython drops it). */
    public void clear() {
        leave(0);
    }

    /** The output block, for the stream's {@code next_out}. */
    public MemorySegment out() {
        return out;
    }

    /** Appends the first {@code n} bytes of the output block to {@code result}. */
    public void take(int n, ByteArrayOutputStream result) {
        result.write(out.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), 0, n);
    }
}
