package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * EUC-KR as CPython's {@code euc_kr} has it: the JDK's EUC-KR plus the make-up sequences of
 * KS X 1001:1998 Annex 3, with which the Hangul syllables outside KS X 1001 are written as
 * eight bytes: the filler (0xA4 0xD4), then the initial consonant, the vowel and the final
 * consonant (or the filler) as KS X 1001 jamo. Which jamo is which comes from the JDK's
 * Unicode names ({@link HangulJamo}), its byte from the JDK's EUC-KR.
 */
final class EucKrCharset extends CodecCharset {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final int JAMO_LEAD = 0xA4;
    private static final int FILLER = 0xD4;

    EucKrCharset() {
        super("x-taipan-EUC-KR", Decoder::new, Encoder::new);
    }

    private static final class Decoder extends CharsetDecoder {
        private final CharsetDecoder inner = EUC_KR.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Decoder(Charset cs) {
            super(cs, 0.5f, 1f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                int makeUp = nextMakeUp(in, p);
                if (makeUp > p) {
                    // the JDK decodes everything before the next make-up sequence
                    int limit = in.limit();
                    in.limit(makeUp);
                    CoderResult r = inner.decode(in, out, false);
                    in.limit(limit);
                    if (r.isError()) {
                        return CoderResult.malformedForLength(1);
                    }
                    if (r.isOverflow() || in.position() < makeUp) {
                        return r.isOverflow() ? r : CoderResult.UNDERFLOW;
                    }
                    continue;
                }
                if (in.remaining() < 8) {
                    return CoderResult.UNDERFLOW;
                }
                int syllable = HangulJamo.compose(in.get(p + 2) & 0xff, in.get(p + 3) & 0xff, in.get(p + 4) & 0xff,
                        in.get(p + 5) & 0xff, in.get(p + 6) & 0xff, in.get(p + 7) & 0xff);
                if (syllable < 0) {
                    return CoderResult.malformedForLength(1);
                }
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put((char) syllable);
                in.position(p + 8);
            }
            return CoderResult.UNDERFLOW;
        }

        /** Where the next make-up sequence (0xA4 0xD4 at a character boundary) starts, or the limit. */
        private static int nextMakeUp(ByteBuffer in, int from) {
            int i = from;
            while (i < in.limit()) {
                int b = in.get(i) & 0xff;
                if (b < 0x80) {
                    i++;
                } else if (b == JAMO_LEAD && i + 1 < in.limit() && (in.get(i + 1) & 0xff) == FILLER) {
                    return i;
                } else {
                    i += 2;
                }
            }
            return in.limit();
        }
    }

    private static final class Encoder extends CharsetEncoder {
        private final CharsetEncoder inner = EUC_KR.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Encoder(Charset cs) {
            super(cs, 2f, 8f);
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                CoderResult r = inner.encode(in, out, false);
                if (!r.isUnmappable() || r.length() != 1) {
                    return r;
                }
                byte[] seq = HangulJamo.makeUp(in.get(in.position()));
                if (seq == null) {
                    return r;
                }
                if (out.remaining() < seq.length) {
                    return CoderResult.OVERFLOW;
                }
                out.put(seq);
                in.position(in.position() + 1);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            inner.reset();
        }

        @Override
        public boolean isLegalReplacement(byte[] repl) {
            return true;
        }
    }
}
