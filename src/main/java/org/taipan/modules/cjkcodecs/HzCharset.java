package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * HZ (RFC 1843), which the JDK lacks: ASCII text in which {@code ~{} ... {@code ~}} encloses
 * GB2312 characters written as byte pairs with the high bit cleared, {@code ~~} is a tilde and
 * {@code ~} before a newline continues the line. Only the framing is here, as CPython's
 * {@code hz} codec in {@code _codecs_cn.c} frames it; each pair is mapped by the JDK's GB2312
 * charset.
 */
final class HzCharset extends CodecCharset {
    private static final Charset GB2312 = Charset.forName("GB2312");

    HzCharset() {
        super("x-taipan-HZ", Decoder::new, Encoder::new);
    }

    /** Reads HZ; the state is whether a {@code ~{} is open. */
    private static final class Decoder extends CharsetDecoder {
        private final SevenBitPairs gb = new SevenBitPairs(GB2312);
        private boolean inGb;

        Decoder(Charset cs) {
            super(cs, 0.5f, 1f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                int c = in.get(p) & 0xff;
                if (c == '~') {
                    if (in.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    int c2 = in.get(p + 1) & 0xff;
                    if (c2 == '~' && !inGb) {
                        if (!out.hasRemaining()) {
                            return CoderResult.OVERFLOW;
                        }
                        out.put('~');
                    } else if (c2 == '{' && !inGb) {
                        inGb = true;
                    } else if (c2 == '}' && inGb) {
                        inGb = false;
                    } else if (!(c2 == '\n' && !inGb)) {
                        return CoderResult.malformedForLength(1);
                    }
                    in.position(p + 2);
                    continue;
                }
                if (c >= 0x80) {
                    return CoderResult.malformedForLength(1);
                }
                if (!inGb) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((char) c);
                    in.position(p + 1);
                    continue;
                }
                if (in.remaining() < 2) {
                    return CoderResult.UNDERFLOW;
                }
                int c2 = in.get(p + 1) & 0xff;
                char decoded = gb.decode(c, c2);
                if (decoded == 0) {
                    return CoderResult.malformedForLength(1);
                }
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(decoded);
                in.position(p + 2);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            inGb = false;
        }
    }

    /** Writes HZ, opening {@code ~{} before GB2312 characters and closing it before ASCII and at the end. */
    private static final class Encoder extends CharsetEncoder {
        private final SevenBitPairs gb = new SevenBitPairs(GB2312);
        private boolean inGb;

        Encoder(Charset cs) {
            super(cs, 2f, 4f);
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                char c = in.get(p);
                if (c < 0x80) {
                    int need = (inGb ? 2 : 0) + (c == '~' ? 2 : 1);
                    if (out.remaining() < need) {
                        return CoderResult.OVERFLOW;
                    }
                    if (inGb) {
                        out.put((byte) '~').put((byte) '}');
                        inGb = false;
                    }
                    out.put((byte) c);
                    if (c == '~') {
                        out.put((byte) '~');
                    }
                    in.position(p + 1);
                    continue;
                }
                if (Character.isHighSurrogate(c)) {
                    if (in.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    return Character.isLowSurrogate(in.get(p + 1)) ? CoderResult.unmappableForLength(2)
                            : CoderResult.malformedForLength(1);
                }
                if (Character.isLowSurrogate(c)) {
                    return CoderResult.malformedForLength(1);
                }
                int code = gb.encode(c);
                if (code < 0) {
                    return CoderResult.unmappableForLength(1);
                }
                if (out.remaining() < (inGb ? 2 : 4)) {
                    return CoderResult.OVERFLOW;
                }
                if (!inGb) {
                    out.put((byte) '~').put((byte) '{');
                    inGb = true;
                }
                out.put((byte) (code >> 8)).put((byte) code);
                in.position(p + 1);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            if (inGb) {
                if (out.remaining() < 2) {
                    return CoderResult.OVERFLOW;
                }
                out.put((byte) '~').put((byte) '}');
                inGb = false;
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            inGb = false;
        }

        @Override
        public boolean isLegalReplacement(byte[] repl) {
            return true;
        }
    }
}
