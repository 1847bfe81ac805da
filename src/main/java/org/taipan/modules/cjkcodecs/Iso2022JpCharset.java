package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * CPython's ISO-2022-JP codecs (iso2022_jp, _1, _2, _3, _2004, _ext), framed as
 * {@code _codecs_iso2022.c} frames them: escape sequences designate a character set to G0, there
 * is no shifting (SO and SI are text), ESC N reaches the G2 upper halves of ISO-8859-1/-7 in
 * iso2022_jp_2, and the encoder tries the variant's character sets in CPython's order for each
 * character. The JDK's own ISO-2022-JP and -JP-2 frame differently (katakana after SO, 8-bit
 * bytes taken, no G2), so only its mappings are used: JIS X 0208 and 0212 through EUC-JP,
 * JIS X 0213 through Shift_JIS-2004 ({@link SjisRowCell}), JIS X 0201 through JIS_X0201,
 * KS X 1001 through EUC-KR, GB 2312 through GB2312.
 */
final class Iso2022JpCharset extends Charset {
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset SJIS_0213 = Charset.forName("x-SJIS_0213");
    private static final Charset JIS_X0201 = Charset.forName("JIS_X0201");
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset EUC_CN = Charset.forName("GB2312");
    private static final Charset LATIN_1 = Charset.forName("ISO-8859-1");
    private static final Charset GREEK = Charset.forName("ISO-8859-7");
    private static final byte ESC = 0x1B;

    /**
     * A character set that can be designated: the escape sequence after ESC that designates
     * it, its width in bytes, and (for the encoder) whether it is tried only for pairs of a
     * letter and a combining mark. The G2 sets (ISO-8859-1 and -7 upper halves, reached by
     * ESC N) only decode: CPython's encoder never picks them.
     */
    enum Set {
        ASCII("(B", 1), JIS_ROMAN("(J", 1), JIS_KANA("(I", 1), JISX0208("$B", 2), JISX0208_OLD("$@", 2),
        JISX0212("$(D", 2), JISX0213_1_2000("$(O", 2), JISX0213_1_2004("$(Q", 2), JISX0213_2("$(P", 2),
        JISX0213_PAIRS_2000("$(O", 2), JISX0213_PAIRS_2004("$(Q", 2), KSX1001("$(C", 2), GB2312("$A", 2),
        ISO8859_1(".A", 1), ISO8859_7(".F", 1);

        final String escape;
        final int width;

        Set(String escape, int width) {
            this.escape = escape;
            this.width = width;
        }
    }

    /** The sets of each variant, in the order CPython's encoder tries them (ASCII is always first). */
    static List<Set> sets(String codec) {
        return switch (codec) {
            case "iso2022_jp" -> List.of(Set.JISX0208, Set.JIS_ROMAN, Set.JISX0208_OLD);
            case "iso2022_jp_2" -> List.of(Set.JISX0208, Set.JISX0212, Set.KSX1001, Set.GB2312, Set.JIS_ROMAN,
                    Set.JISX0208_OLD, Set.ISO8859_1, Set.ISO8859_7);
            case "iso2022_jp_1" -> List.of(Set.JISX0208, Set.JISX0212, Set.JIS_ROMAN, Set.JISX0208_OLD);
            case "iso2022_jp_ext" -> List.of(Set.JISX0208, Set.JISX0212, Set.JIS_ROMAN, Set.JIS_KANA,
                    Set.JISX0208_OLD);
            case "iso2022_jp_3" -> List.of(Set.JISX0213_PAIRS_2000, Set.JISX0208, Set.JISX0213_1_2000,
                    Set.JISX0213_2);
            case "iso2022_jp_2004" -> List.of(Set.JISX0213_PAIRS_2004, Set.JISX0208, Set.JISX0213_1_2004,
                    Set.JISX0213_2);
            default -> throw new IllegalArgumentException(codec);
        };
    }

    private final List<Set> sets;

    Iso2022JpCharset(String codec) {
        super("x-taipan-" + codec.replace('_', '-'), null);
        this.sets = sets(codec);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs == this || cs.name().equals("US-ASCII");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this, sets);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this, sets);
    }

    /** Maps single characters and byte sequences through the JDK's charsets, one at a time. */
    private static final class Maps {
        private final CharsetDecoder eucDec = strict(EUC_JP.newDecoder());
        private final CharsetEncoder eucEnc = strict(EUC_JP.newEncoder());
        private final CharsetDecoder sjisDec = strict(SJIS_0213.newDecoder());
        private final CharsetEncoder sjisEnc = strict(SJIS_0213.newEncoder());
        private final CharsetEncoder kanaEnc = strict(JIS_X0201.newEncoder());
        private final CharsetDecoder kscDec = strict(EUC_KR.newDecoder());
        private final CharsetEncoder kscEnc = strict(EUC_KR.newEncoder());
        private final CharsetDecoder gbDec = strict(EUC_CN.newDecoder());
        private final CharsetEncoder gbEnc = strict(EUC_CN.newEncoder());
        private final CharsetDecoder latinDec = strict(LATIN_1.newDecoder());
        private final CharsetDecoder greekDec = strict(GREEK.newDecoder());
        private final ByteBuffer bytes = ByteBuffer.allocate(8);
        private final CharBuffer chars = CharBuffer.allocate(4);

        private static CharsetDecoder strict(CharsetDecoder d) {
            return d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        private static CharsetEncoder strict(CharsetEncoder e) {
            return e.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        /** The text {@code b} decodes to with {@code d}, or null. */
        String decode(CharsetDecoder d, byte... b) {
            chars.clear();
            d.reset();
            ByteBuffer in = ByteBuffer.wrap(b);
            CoderResult r = d.decode(in, chars, true);
            if (!r.isError()) {
                r = d.flush(chars);
            }
            chars.flip();
            return r.isError() || in.hasRemaining() || !chars.hasRemaining() ? null : chars.toString();
        }

        /** The bytes {@code text} encodes to with {@code e}, or null. */
        byte[] encode(CharsetEncoder e, String text) {
            bytes.clear();
            e.reset();
            CharBuffer in = CharBuffer.wrap(text);
            CoderResult r = e.encode(in, bytes, true);
            if (!r.isError()) {
                r = e.flush(bytes);
            }
            if (r.isError() || in.hasRemaining()) {
                return null;
            }
            byte[] out = new byte[bytes.position()];
            bytes.flip();
            bytes.get(out);
            return out;
        }

        /** The text of the 7-bit bytes {@code b1} ({@code b2}) in set {@code s}, or null. */
        String decode(Set s, int b1, int b2) {
            return switch (s) {
                case ASCII -> String.valueOf((char) b1);
                // JIS X 0201's Roman half is ASCII but for the yen sign and the overline
                case JIS_ROMAN -> b1 == 0x5C ? "\u00A5" : b1 == 0x7E ? "\u203E" : String.valueOf((char) b1);
                case JIS_KANA -> b1 >= 0x21 && b1 <= 0x5F ? String.valueOf((char) (0xFF61 + b1 - 0x21)) : null;
                case JISX0208, JISX0208_OLD -> inRange(b1, b2) ? decode(eucDec, (byte) (b1 | 0x80), (byte) (b2 | 0x80))
                        : null;
                case JISX0212 -> inRange(b1, b2) ? decode(eucDec, (byte) 0x8F, (byte) (b1 | 0x80), (byte) (b2 | 0x80))
                        : null;
                case KSX1001 -> inRange(b1, b2) ? decode(kscDec, (byte) (b1 | 0x80), (byte) (b2 | 0x80)) : null;
                case GB2312 -> inRange(b1, b2) ? decode(gbDec, (byte) (b1 | 0x80), (byte) (b2 | 0x80)) : null;
                // the G2 sets, reached by ESC N: the byte is the upper half of the 8-bit set
                case ISO8859_1 -> b1 < 0x80 ? decode(latinDec, (byte) (b1 | 0x80)) : null;
                case ISO8859_7 -> decode(greekDec, (byte) (b1 ^ 0x80));
                case JISX0213_1_2000, JISX0213_1_2004, JISX0213_PAIRS_2000, JISX0213_PAIRS_2004, JISX0213_2 -> {
                    int sj = inRange(b1, b2) ? SjisRowCell.toSjis(s == Set.JISX0213_2 ? 2 : 1, b1 - 0x20, b2 - 0x20) : -1;
                    yield sj < 0 ? null : decode(sjisDec, (byte) (sj >> 8), (byte) sj);
                }
            };
        }

        private static boolean inRange(int b1, int b2) {
            return b1 >= 0x21 && b1 <= 0x7E && b2 >= 0x21 && b2 <= 0x7E;
        }

        /** The 7-bit code ({@code b1 << 8 | b2}, or one byte) of {@code text} in set {@code s}, or -1. */
        int encode(Set s, String text) {
            switch (s) {
                case JIS_ROMAN, JIS_KANA -> {
                    byte[] b = encode(kanaEnc, text);
                    if (b == null || b.length != 1) {
                        return -1;
                    }
                    int v = b[0] & 0xff;
                    return s == Set.JIS_ROMAN ? (v < 0x80 ? v : -1) : (v >= 0xA1 && v <= 0xDF ? v & 0x7F : -1);
                }
                case KSX1001, GB2312 -> {
                    byte[] b = encode(s == Set.KSX1001 ? kscEnc : gbEnc, text);
                    return b != null && b.length == 2 && (b[0] & 0xff) >= 0xA1 && (b[1] & 0xff) >= 0xA1
                            ? (b[0] & 0x7F) << 8 | b[1] & 0x7F : -1;
                }
                case JISX0208, JISX0212 -> {
                    byte[] b = encode(eucEnc, text);
                    if (s == Set.JISX0208 && b != null && b.length == 2 && (b[0] & 0xff) >= 0xA1) {
                        return (b[0] & 0x7F) << 8 | b[1] & 0x7F;
                    }
                    if (s == Set.JISX0212 && b != null && b.length == 3 && (b[0] & 0xff) == 0x8F) {
                        return (b[1] & 0x7F) << 8 | b[2] & 0x7F;
                    }
                    return -1;
                }
                case JISX0213_1_2000, JISX0213_1_2004, JISX0213_PAIRS_2000, JISX0213_PAIRS_2004, JISX0213_2 -> {
                    byte[] b = encode(sjisEnc, text);
                    if (b == null || b.length != 2 || (b[0] & 0xff) < 0x81) {
                        return -1;
                    }
                    int rc = SjisRowCell.fromSjis(b[0] & 0xff, b[1] & 0xff);
                    int plane = rc >> 16;
                    if (plane != (s == Set.JISX0213_2 ? 2 : 1)) {
                        return -1;
                    }
                    return ((rc >> 8 & 0xff) + 0x20) << 8 | (rc & 0xff) + 0x20;
                }
                default -> {
                    return -1;
                }
            }
        }
    }

    private static final class Decoder extends CharsetDecoder {
        private final List<Set> sets;
        private final Maps maps = new Maps();
        private Set g0 = Set.ASCII;
        /** What ESC N reaches: ASCII until ESC . A or ESC . F designates a Latin or Greek upper half. */
        private Set g2 = Set.ASCII;

        Decoder(Charset cs, List<Set> sets) {
            super(cs, 0.5f, 2f);
            this.sets = sets;
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
                    if (in.get(p + 1) == 'N' && sets.contains(Set.ISO8859_1)) {
                        // single shift to G2 for one byte
                        if (in.remaining() < 3) {
                            return CoderResult.UNDERFLOW;
                        }
                        int b = in.get(p + 2) & 0xff;
                        String t = g2 == Set.ASCII ? (b < 0x80 ? String.valueOf((char) b) : null) : maps.decode(g2, b, 0);
                        if (g2 == Set.ISO8859_7 && (b ^ 0x80) < 0xA0) {
                            // CPython flips the high bit and passes what is then below the Greek letters through
                            t = String.valueOf((char) (b ^ 0x80));
                        }
                        if (t == null) {
                            return CoderResult.malformedForLength(3);
                        }
                        if (!out.hasRemaining()) {
                            return CoderResult.OVERFLOW;
                        }
                        out.put(t);
                        in.position(p + 3);
                        continue;
                    }
                    CoderResult r = escape(in, p);
                    if (r != null) {
                        return r;
                    }
                    continue;
                }
                if (c >= 0x80) {
                    return CoderResult.malformedForLength(1);
                }
                if (c < 0x20 || g0 == Set.ASCII) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((char) c);
                    in.position(p + 1);
                    continue;
                }
                if (in.remaining() < g0.width) {
                    return CoderResult.UNDERFLOW;
                }
                String s = maps.decode(g0, c, g0.width == 2 ? in.get(p + 1) & 0xff : 0);
                if (s == null) {
                    return CoderResult.unmappableForLength(g0.width);
                }
                if (out.remaining() < s.length()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(s);
                in.position(p + g0.width);
            }
            return CoderResult.UNDERFLOW;
        }

        /** A designation at {@code p}: null once taken, else underflow or the error (CPython's lengths). */
        private CoderResult escape(ByteBuffer in, int p) {
            int length = 0;
            for (int i = 1; i < 16; i++) {
                if (i >= in.remaining()) {
                    return CoderResult.UNDERFLOW;
                }
                int b = in.get(p + i);
                if (b >= 'A' && b <= 'Z' || b == '@') {
                    length = i + 1;
                    break;
                }
                if (b == '&' && i + 1 < in.remaining() && in.get(p + i + 1) == '@') {
                    // JIS X 0208-1990's announcer, ESC & @, before its ESC $ B
                    i += 2;
                }
            }
            if (length == 0) {
                return CoderResult.malformedForLength(1);
            }
            StringBuilder seq = new StringBuilder();
            for (int i = 1; i < length; i++) {
                seq.append((char) in.get(p + i));
            }
            String s = seq.toString();
            if (s.equals("&@\u001B$B")) {
                s = "$B";
            }
            // ESC ) designates G1, which nothing here shifts to: accepted and unused, as in CPython
            boolean g1 = s.length() >= 2 && (s.charAt(0) == ')' || s.startsWith("$)"));
            String asG0 = g1 ? s.replace(')', '(') : s;
            Set found = asG0.equals("(B") ? Set.ASCII : null;
            for (Set set : sets) {
                if (found == null && set.escape.equals(asG0)) {
                    found = set;
                }
            }
            if (found == null) {
                return CoderResult.malformedForLength(length);
            }
            if (found == Set.ISO8859_1 || found == Set.ISO8859_7) {
                g2 = found;
            } else if (!g1) {
                g0 = found == Set.JISX0213_PAIRS_2000 ? Set.JISX0213_1_2000
                        : found == Set.JISX0213_PAIRS_2004 ? Set.JISX0213_1_2004 : found;
            }
            in.position(p + length);
            return null;
        }

        @Override
        protected void implReset() {
            g0 = Set.ASCII;
            g2 = Set.ASCII;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        private final List<Set> sets;
        private final Maps maps = new Maps();
        private Set g0 = Set.ASCII;

        Encoder(Charset cs, List<Set> sets) {
            super(cs, 3f, 8f);
            this.sets = sets;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                if (out.remaining() < 8) {
                    return CoderResult.OVERFLOW;
                }
                int p = in.position();
                char c = in.get(p);
                if (c < 0x80) {
                    designate(Set.ASCII, out);
                    out.put((byte) c);
                    in.position(p + 1);
                    continue;
                }
                int take = 1;
                if (Character.isHighSurrogate(c)) {
                    if (in.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    if (!Character.isLowSurrogate(in.get(p + 1))) {
                        return CoderResult.malformedForLength(1);
                    }
                    take = 2;
                } else if (Character.isLowSurrogate(c)) {
                    return CoderResult.malformedForLength(1);
                }
                String one = in.subSequence(0, take).toString();
                Set chosen = null;
                int code = -1;
                for (Set s : sets) {
                    if (s == Set.JISX0213_PAIRS_2000 || s == Set.JISX0213_PAIRS_2004) {
                        // a letter and a combining mark that JIS X 0213 writes as one character
                        if (take == 1 && in.remaining() >= 2) {
                            code = maps.encode(s, in.subSequence(0, 2).toString());
                            if (code >= 0) {
                                chosen = s;
                                take = 2;
                                break;
                            }
                        }
                        continue;
                    }
                    code = maps.encode(s, one);
                    if (code >= 0) {
                        chosen = s;
                        break;
                    }
                }
                if (chosen == null) {
                    return CoderResult.unmappableForLength(take);
                }
                designate(chosen, out);
                if (chosen.width == 1) {
                    out.put((byte) code);
                } else {
                    out.put((byte) (code >> 8)).put((byte) code);
                }
                in.position(p + take);
            }
            return CoderResult.UNDERFLOW;
        }

        private void designate(Set s, ByteBuffer out) {
            if (!g0.escape.equals(s.escape)) {
                out.put(ESC);
                for (int i = 0; i < s.escape.length(); i++) {
                    out.put((byte) s.escape.charAt(i));
                }
            }
            g0 = s;
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            if (g0 != Set.ASCII) {
                if (out.remaining() < 3) {
                    return CoderResult.OVERFLOW;
                }
                designate(Set.ASCII, out);
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            g0 = Set.ASCII;
        }

        @Override
        public boolean isLegalReplacement(byte[] repl) {
            return true;
        }
    }
}
