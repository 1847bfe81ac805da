package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * EUC-JIS-2004, which the JDK lacks, as a re-framing of the JDK's Shift_JIS-2004
 * ({@code x-SJIS_0213}): both write the same JIS X 0213 characters, EUC as row and cell plus
 * 0xA0 (plane 2 after 0x8F, half-width katakana after 0x8E), Shift_JIS by the standard's
 * arithmetic ({@link SjisRowCell}). The JDK does the mapping, including the characters that
 * decode to a base letter and a combining mark.
 */
final class EucJis2004Charset extends CodecCharset {
    private static final Charset SJIS_0213 = Charset.forName("x-SJIS_0213");

    EucJis2004Charset() {
        super("x-taipan-EUC-JIS-2004", Decoder::new, Encoder::new);
    }

    private static final class Decoder extends CharsetDecoder {
        private final CharsetDecoder sjis = SJIS_0213.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer pair = ByteBuffer.allocate(2);
        private final CharBuffer chars = CharBuffer.allocate(4);

        Decoder(Charset cs) {
            super(cs, 0.5f, 2f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                int c = in.get(p) & 0xff;
                if (c < 0x80) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((char) c);
                    in.position(p + 1);
                    continue;
                }
                // as in CPython, a lead byte waits for its sequence's length before it is judged
                int width = c == 0x8F ? 3 : 2;
                if (in.remaining() < width) {
                    return CoderResult.UNDERFLOW;
                }
                if (c != 0x8E && c != 0x8F && (c < 0xA1 || c > 0xFE)) {
                    return CoderResult.malformedForLength(1);
                }
                int c2 = in.get(p + 1) & 0xff;
                if (c == 0x8E) {
                    if (c2 < 0xA1 || c2 > 0xDF) {
                        return CoderResult.malformedForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((char) (0xFEC0 + c2));
                    in.position(p + 2);
                    continue;
                }
                int plane = c == 0x8F ? 2 : 1;
                int row = (plane == 2 ? c2 : c) - 0xA0;
                int cell = (in.get(p + width - 1) & 0xff) - 0xA0;
                int sj = cell < 1 || cell > 94 || row < 1 || row > 94 ? -1 : SjisRowCell.toSjis(plane, row, cell);
                if (sj < 0 || !map(sj)) {
                    return CoderResult.malformedForLength(1);
                }
                if (out.remaining() < chars.remaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(chars);
                in.position(p + width);
            }
            return CoderResult.UNDERFLOW;
        }

        /** Decodes Shift_JIS code {@code sj} into {@link #chars} (flipped); false when unmapped. */
        private boolean map(int sj) {
            pair.clear();
            pair.put((byte) (sj >> 8)).put((byte) sj).flip();
            chars.clear();
            sjis.reset();
            CoderResult r = sjis.decode(pair, chars, true);
            if (!r.isError()) {
                r = sjis.flush(chars);
            }
            chars.flip();
            return !r.isError() && !pair.hasRemaining() && chars.hasRemaining();
        }
    }

    /**
     * Encodes with the JDK's Shift_JIS-2004 encoder, which may hold a letter back to see whether
     * a combining mark follows, and rewrites each code it writes as EUC.
     */
    private static final class Encoder extends CharsetEncoder {
        private final CharsetEncoder sjis = SJIS_0213.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer tmp = ByteBuffer.allocate(16);

        Encoder(Charset cs) {
            super(cs, 2f, 6f);
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                // two Shift_JIS codes at most (a held letter and this one), three EUC bytes each
                if (out.remaining() < 6) {
                    return CoderResult.OVERFLOW;
                }
                int take = Character.isHighSurrogate(in.get(in.position())) ? 2 : 1;
                if (in.remaining() < take) {
                    return CoderResult.UNDERFLOW;
                }
                CharBuffer one = CharBuffer.wrap(new char[] {in.get(in.position()), take == 2 ? in.get(in.position() + 1) : 0}, 0,
                        take);
                tmp.clear();
                CoderResult r = sjis.encode(one, tmp, false);
                if (r.isError()) {
                    return r;
                }
                in.position(in.position() + take);
                tmp.flip();
                toEuc(tmp, out);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            if (out.remaining() < 6) {
                return CoderResult.OVERFLOW;
            }
            tmp.clear();
            sjis.encode(CharBuffer.allocate(0), tmp, true);
            sjis.flush(tmp);
            tmp.flip();
            toEuc(tmp, out);
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            sjis.reset();
        }

        @Override
        public boolean isLegalReplacement(byte[] repl) {
            return true;
        }

        private static void toEuc(ByteBuffer sj, ByteBuffer out) {
            while (sj.hasRemaining()) {
                int b = sj.get() & 0xff;
                if (b < 0x80) {
                    out.put((byte) b);
                } else if (b >= 0xA1 && b <= 0xDF) {
                    out.put((byte) 0x8E).put((byte) b);
                } else {
                    int rc = SjisRowCell.fromSjis(b, sj.get() & 0xff);
                    int plane = rc >> 16;
                    if (plane == 2) {
                        out.put((byte) 0x8F);
                    }
                    out.put((byte) ((rc >> 8 & 0xff) + 0xA0)).put((byte) ((rc & 0xff) + 0xA0));
                }
            }
        }
    }
}
