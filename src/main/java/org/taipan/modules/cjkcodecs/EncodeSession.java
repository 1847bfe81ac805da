package org.taipan.modules.cjkcodecs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.UnicodeErrors;

/**
 * Encodes text with one JDK encoder that lives as long as the session, so a stateful codec
 * (ISO-2022) keeps its shift state between calls and returns to ASCII only at the end of final
 * input, as CPython's {@code multibytecodec_encode} with {@code MBENC_RESET}. Each character the
 * codec cannot encode is one error of one code point, as in CPython.
 */
final class EncodeSession {
    private final CjkCodec codec;
    private CharsetEncoder encoder;

    EncodeSession(CjkCodec codec) {
        this.codec = codec;
        this.encoder = codec.newEncoder();
    }

    /** Forgets the codec state ({@code encreset}) without writing the bytes that would end it. */
    void reset() {
        encoder = codec.newEncoder();
    }

    /**
     * Encodes {@code text}; with {@code last}, the bytes that return a stateful codec to its
     * initial state follow.
     *
     * @throws PyException what {@link ErrorCallback#encode} raises; UnicodeEncodeError when a
     *     handler's replacement text cannot be encoded
     */
    byte[] encode(PyStr text, String errors, boolean last) {
        String s = text.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 2 + 16);
        ByteBuffer buf = ByteBuffer.allocate(Math.max(32, Math.min(s.length() * 2 + 16, 16384)));
        int pos = 0;
        while (pos < s.length()) {
            int stop = refusedFrom(s, pos);
            CharBuffer in = CharBuffer.wrap(s, pos, stop);
            CoderResult r;
            do {
                r = encoder.encode(in, buf, false);
                drain(buf, out);
            } while (r.isOverflow());
            if (r.isUnderflow() && !in.hasRemaining() && stop == s.length()) {
                break;
            }
            // an unencodable character, a lone surrogate the JDK waits on, or a refused character
            int at = r.isUnderflow() && !in.hasRemaining() ? stop : in.position();
            int cp = s.codePointCount(0, at);
            ErrorCallback.EncodeFix fix = ErrorCallback.encode(errors, codec.name(), text, cp, cp + 1,
                    ErrorCallback.ILLEGAL);
            if (fix.replacement() == null) {
                out.writeBytes(encodeReplacement(PyStr.of("?"), buf));
            } else if (fix.replacement() instanceof PyBytes b) {
                out.writeBytes(b.bytes());
            } else {
                out.writeBytes(encodeReplacement((PyStr) fix.replacement(), buf));
            }
            pos = s.offsetByCodePoints(0, fix.resume());
        }
        if (last) {
            CoderResult r;
            do {
                r = encoder.encode(CharBuffer.allocate(0), buf, true);
                drain(buf, out);
            } while (r.isOverflow());
            do {
                r = encoder.flush(buf);
                drain(buf, out);
            } while (r.isOverflow());
            encoder.reset();
        }
        return out.toByteArray();
    }

    /** Where the first character this codec refuses although the JDK maps it lies at or after {@code from}, else the end. */
    private int refusedFrom(String s, int from) {
        if (codec.noPrivateUse()) {
            for (int i = from; i < s.length(); i++) {
                if (codec.refused(s.charAt(i))) {
                    return i;
                }
            }
        }
        return s.length();
    }

    /** A handler's replacement text in this codec and state; it must encode strictly. */
    private byte[] encodeReplacement(PyStr replacement, ByteBuffer buf) {
        String s = replacement.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharBuffer in = CharBuffer.wrap(s);
        int stop = refusedFrom(s, 0);
        in.limit(stop);
        CoderResult r;
        do {
            r = encoder.encode(in, buf, false);
            drain(buf, out);
        } while (r.isOverflow());
        if (!r.isUnderflow() || in.hasRemaining() || stop < s.length()) {
            int cp = s.codePointCount(0, in.position());
            throw UnicodeErrors.encodeError(codec.name(), replacement, cp, cp + 1, ErrorCallback.ILLEGAL);
        }
        return out.toByteArray();
    }

    private static void drain(ByteBuffer buf, ByteArrayOutputStream out) {
        buf.flip();
        out.write(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        buf.clear();
    }
}
