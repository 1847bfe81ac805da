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
    /** Whether this is an ISO-2022 codec, whose bytes all have the high bit clear. */
    private final boolean sevenBit;
    /** Whether an ESC that began no escape sequence is being passed through (CPython's {@code F_ESCTHROUGHOUT}). */
    private boolean escapeThrough;
    /** Whether SO and SI are plain characters (CPython's ISO-2022-JP codecs, which have no shift). */
    private final boolean shiftIsText;
    /** The bytes that may follow ESC in an escape sequence of this codec. */
    private final String escapeIntros;

    DecodeSession(CjkCodec codec) {
        this.codec = codec;
        this.decoder = codec.newDecoder();
        this.sevenBit = codec.name().startsWith("iso2022");
        this.shiftIsText = codec.name().startsWith("iso2022_jp");
        // ESC N is a single shift only where G2 is used (iso2022_jp_2); elsewhere it is text
        this.escapeIntros = codec.name().equals("iso2022_jp_2") ? "()$.&N" : "()$.&";
    }

    /**
     * The first byte at or after {@code from} that this session handles itself, or the end: one
     * with the high bit set, and for ISO-2022-JP SO and SI.
     */
    private int stopFrom(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            // (the byte after ESC N is the G2 decoder's to judge, high bit or not)
            boolean singleShifted = i >= 2 && data[i - 2] == 0x1B && data[i - 1] == 'N' && escapeIntros.indexOf('N') >= 0;
            if (data[i] < 0 && !singleShifted || shiftIsText && (data[i] == 0x0E || data[i] == 0x0F)
                    || data[i] == 0x1B && i + 1 < data.length && escapeIntros.indexOf(data[i + 1]) < 0) {
                return i;
            }
        }
        return data.length;
    }

    /**
     * Copies bytes from {@code from} as Latin-1 text up to and including one that would end an
     * escape sequence ('@' or a capital letter), which ends the pass-through; returns where it stopped.
     */
    private int passThrough(byte[] data, int from, StringBuilder out) {
        int i = from;
        while (i < data.length) {
            int b = data[i++] & 0xff;
            out.append((char) b);
            if (b >= 'A' && b <= 'Z' || b == '@') {
                escapeThrough = false;
                break;
            }
        }
        return i;
    }

    /**
     * How much of the escape sequence at {@code start} CPython reports as one error: up to its
     * final byte ('@' or a capital letter, within 16 bytes), the ESC alone if it has none, or -1
     * when the input ends before either is known.
     */
    private static int escapeLength(byte[] data, int start) {
        for (int i = 1; i < 16; i++) {
            if (start + i >= data.length) {
                return -1;
            }
            byte b = data[start + i];
            if (b >= 'A' && b <= 'Z' || b == '@') {
                return i + 1;
            }
        }
        return 1;
    }

    /** Forgets the codec state ({@code decreset}). */
    void reset() {
        decoder = codec.newDecoder();
        escapeThrough = false;
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
        int stop = sevenBit ? -1 : data.length;
        while (in.position() < data.length) {
            if (escapeThrough) {
                in.position(passThrough(data, in.position(), out));
                continue;
            }
            int before = in.position();
            if (stop < before) {
                // the last stop found is still the next one until decoding passes it
                stop = stopFrom(data, before);
            }
            in.limit(stop);
            CoderResult r = decoder.decode(in, chunk, false);
            in.limit(data.length);
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
            if (r.isUnderflow() && stop < data.length) {
                int start = in.position();
                if (start == stop && (data[start] == 0x0E || data[start] == 0x0F)) {
                    // CPython's ISO-2022-JP codecs do not shift: SO and SI are text
                    out.append((char) data[start]);
                    in.position(start + 1);
                    continue;
                }
                if (start == stop && data[start] == 0x1B) {
                    // an ESC that starts no ISO-2022 escape sequence: CPython passes it and what follows
                    // through as text, up to the byte that would end an escape sequence
                    out.append('\u001B');
                    escapeThrough = true;
                    in.position(start + 1);
                    continue;
                }
                // a byte with the high bit set, which ISO-2022 never has: illegal where the JDK would take it
                in.position(ErrorCallback.decode(errors, codec.name(), data, start, start + 1, ErrorCallback.ILLEGAL,
                        out));
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
            int length = codec.exactErrors() ? r.length() : 1;
            if (sevenBit && data[start] == 0x1B) {
                length = escapeLength(data, start);
                if (length < 0) {
                    // an escape sequence cut off by the end of the input: incomplete, as CPython says
                    if (!last) {
                        break;
                    }
                    in.position(ErrorCallback.decode(errors, codec.name(), data, start, data.length,
                            ErrorCallback.INCOMPLETE, out));
                    continue;
                }
            }
            in.position(ErrorCallback.decode(errors, codec.name(), data, start, start + length, ErrorCallback.ILLEGAL,
                    out));
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
