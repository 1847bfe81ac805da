package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * ISO-2022-KR (RFC 1557) framed as CPython's {@code iso2022_kr} frames it, the KS X 1001 pairs
 * mapped by the JDK's EUC-KR. The JDK has an ISO-2022-KR charset, but it writes the
 * {@code ESC $ ) C} designation again after every line and takes bytes with the high bit set,
 * where CPython designates once per encoder and refuses them.
 */
final class Iso2022KrCharset extends CodecCharset {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final byte ESC = 0x1B;
    private static final byte SO = 0x0E;
    private static final byte SI = 0x0F;

    Iso2022KrCharset() {
        super("x-taipan-ISO-2022-KR", Decoder::new, Encoder::new);
    }

    /**
     * Reads ISO-2022-KR: escape sequences designate ASCII or KS X 1001 to G0 or G1, SO and SI
     * shift between them, a newline shifts back in. Error lengths are CPython's: 1 for a stray
     * byte, the whole escape sequence for one that designates something else, 2 for an unmapped pair.
     */
    private static final class Decoder extends CharsetDecoder {
        private final SevenBitPairs ksc = new SevenBitPairs(EUC_KR);
        private boolean g0Ksc;
        private boolean g1Ksc;
        private boolean shifted;

        Decoder(Charset cs) {
            super(cs, 0.5f, 1f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                int c = in.get(p) & 0xff;
                if (c == ESC) {
                    if (in.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    if ("()$.&".indexOf(in.get(p + 1)) < 0) {
                        if (!out.hasRemaining()) {
                            return CoderResult.OVERFLOW;
                        }
                        out.put((char) ESC);
                        in.position(p + 1);
                        continue;
                    }
                    CoderResult r = escape(in, p);
                    if (r != null) {
                        return r;
                    }
                    continue;
                }
                if (c == SI || c == SO) {
                    shifted = c == SO;
                    in.position(p + 1);
                    continue;
                }
                if (c >= 0x80) {
                    return CoderResult.malformedForLength(1);
                }
                boolean ksx = c >= 0x20 && (shifted ? g1Ksc : g0Ksc);
                if (!ksx) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    if (c == '\n') {
                        shifted = false;
                    }
                    out.put((char) c);
                    in.position(p + 1);
                    continue;
                }
                if (in.remaining() < 2) {
                    return CoderResult.UNDERFLOW;
                }
                char decoded = ksc.decode(c, in.get(p + 1) & 0xff);
                if (decoded == 0) {
                    return CoderResult.unmappableForLength(2);
                }
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(decoded);
                in.position(p + 2);
            }
            return CoderResult.UNDERFLOW;
        }

        /** An escape sequence at {@code p}: null once it is taken, else underflow or the error. */
        private CoderResult escape(ByteBuffer in, int p) {
            int length = 0;
            // CPython reads at most 16 bytes for the final byte ('@' or a capital letter)
            for (int i = 1; i < 16; i++) {
                if (i >= in.remaining()) {
                    return CoderResult.UNDERFLOW;
                }
                int b = in.get(p + i);
                if (b >= 'A' && b <= 'Z' || b == '@') {
                    length = i + 1;
                    break;
                }
            }
            if (length == 0) {
                return CoderResult.malformedForLength(1);
            }
            int g;
            boolean dbcs;
            int mark;
            if (length == 3) {
                dbcs = in.get(p + 1) == '$';
                mark = in.get(p + 2);
                g = dbcs || in.get(p + 1) == '(' ? 0 : in.get(p + 1) == ')' ? 1 : -1;
            } else if (length == 4 && in.get(p + 1) == '$') {
                dbcs = true;
                mark = in.get(p + 3);
                g = in.get(p + 2) == '(' ? 0 : in.get(p + 2) == ')' ? 1 : -1;
            } else {
                return CoderResult.malformedForLength(length);
            }
            boolean ascii = !dbcs && mark == 'B';
            boolean ksx = dbcs && mark == 'C';
            if (g < 0 || !ascii && !ksx) {
                return CoderResult.malformedForLength(length);
            }
            if (g == 0) {
                g0Ksc = ksx;
            } else {
                g1Ksc = ksx;
            }
            in.position(p + length);
            return null;
        }

        @Override
        protected void implReset() {
            g0Ksc = false;
            g1Ksc = false;
            shifted = false;
        }
    }

    /**
     * Writes ISO-2022-KR: {@code ESC $ ) C} before the first Korean character of the encoder's
     * life, SO before each run of them, SI before ASCII and at the end.
     */
    private static final class Encoder extends CharsetEncoder {
        private final SevenBitPairs ksc = new SevenBitPairs(EUC_KR);
        private boolean designated;
        private boolean shifted;

        Encoder(Charset cs) {
            super(cs, 2f, 8f);
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                char c = in.get(p);
                if (c < 0x80) {
                    if (out.remaining() < (shifted ? 2 : 1)) {
                        return CoderResult.OVERFLOW;
                    }
                    if (shifted) {
                        out.put(SI);
                        shifted = false;
                    }
                    out.put((byte) c);
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
                int code = ksc.encode(c);
                if (code < 0) {
                    return CoderResult.unmappableForLength(1);
                }
                if (out.remaining() < (designated ? 0 : 4) + (shifted ? 0 : 1) + 2) {
                    return CoderResult.OVERFLOW;
                }
                if (!designated) {
                    out.put(ESC).put((byte) '$').put((byte) ')').put((byte) 'C');
                    designated = true;
                }
                if (!shifted) {
                    out.put(SO);
                    shifted = true;
                }
                out.put((byte) (code >> 8)).put((byte) code);
                in.position(p + 1);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            if (shifted) {
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(SI);
                shifted = false;
            }
            return CoderResult.UNDERFLOW;
        }

        /** CPython's {@code encreset}: the shift ends, the G1 designation stays. */
        @Override
        protected void implReset() {
            shifted = false;
        }

        @Override
        public boolean isLegalReplacement(byte[] repl) {
            return true;
        }
    }
}
