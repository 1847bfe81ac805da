package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes bytes with one JDK decoder that lives as long as the session, so a stateful codec
 * (ISO-2022) keeps its shift state from one call to the next, as CPython's
 * {@code MultibyteCodec_State} does. Errors are reported the way CPython's CJK decoders report
 * them: an illegal sequence is its first byte only (decoding resumes at the next byte), and a
 * sequence cut off by the end of final input is "incomplete" from its first byte to the end.
 */
final class DecodeSession {
    private final CjkCodec codec;
    private CharsetDecoder decoder;

    DecodeSession(CjkCodec codec) {
        this.codec = codec;
        this.decoder = codec.newDecoder();
    }

    /** Forgets the codec state ({@code decreset}). */
    void reset() {
        decoder = codec.newDecoder();
    }

    /** The text decoded and how many bytes it took; the bytes after {@code consumed} are an unfinished sequence. */
    record Result(String text, int consumed) {}

    /**
     * Decodes {@code data}; with {@code last} an unfinished sequence at the end goes to the error
     * handler, otherwise it is left unconsumed for the next call.
     *
     * @throws org.taipan.runtime.PyException what {@link ErrorCallback#decode} raises
     */
    Result decode(byte[] data, String errors, boolean last) {
        StringBuilder out = new StringBuilder(data.length);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chunk = CharBuffer.allocate(Math.max(16, Math.min(data.length, 8192)));
        while (in.hasRemaining()) {
            int before = in.position();
            CoderResult r = decoder.decode(in, chunk, false);
            chunk.flip();
            int refused = firstRefused(chunk);
            if (refused >= 0) {
                // rare: redo this stretch one character at a time to find the refused one's bytes
                chunk.clear();
                in.position(before);
                stepToRefused(in, out, errors, data);
                continue;
            }
            out.append(chunk);
            chunk.clear();
            if (r.isOverflow()) {
                continue;
            }
            if (r.isUnderflow()) {
                if (!in.hasRemaining() || !last) {
                    break;
                }
                int start = in.position();
                in.position(ErrorCallback.decode(errors, codec.name(), data, start, data.length,
                        ErrorCallback.INCOMPLETE, out));
                continue;
            }
            int start = in.position();
            in.position(ErrorCallback.decode(errors, codec.name(), data, start, start + 1, ErrorCallback.ILLEGAL, out));
        }
        return new Result(out.toString(), in.position());
    }

    private int firstRefused(CharBuffer chars) {
        if (!codec.noPrivateUse()) {
            return -1;
        }
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (codec.refused(chars.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes one character at a time up to the first one the codec refuses and hands that
     * one's first byte to the error handler, leaving {@code in} where the handler resumes.
     */
    private void stepToRefused(ByteBuffer in, StringBuilder out, String errors, byte[] data) {
        CharBuffer one = CharBuffer.allocate(2);
        while (true) {
            int before = in.position();
            one.limit(1);
            CoderResult r = decoder.decode(in, one, false);
            if (r.isOverflow() && one.position() == 0) {
                // a character outside the BMP needs both units of the buffer
                one.limit(2);
                r = decoder.decode(in, one, false);
            }
            one.flip();
            if (one.hasRemaining() && codec.refused(one.get(0))) {
                in.position(ErrorCallback.decode(errors, codec.name(), data, before, before + 1,
                        ErrorCallback.ILLEGAL, out));
                return;
            }
            out.append(one);
            one.clear();
            if (r.isError() || r.isUnderflow() && in.position() == before) {
                // the caller's loop deals with the error or the end of input
                return;
            }
        }
    }
}
