package org.taipan.modules.cjkcodecs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A 94x94 character set as the 7-bit framings (HZ, ISO-2022-KR) write it: each character two
 * bytes in 0x21..0x7E, mapped through the JDK's EUC form of the set (the same pair with the high
 * bit set). One per coder: it keeps a decoder, an encoder and their buffers.
 */
final class SevenBitPairs {
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder;
    private final ByteBuffer pair = ByteBuffer.allocate(2);
    private final CharBuffer one = CharBuffer.allocate(1);
    private final ByteBuffer two = ByteBuffer.allocate(4);

    /** @param euc the set's EUC charset (GB2312, EUC-KR) */
    SevenBitPairs(Charset euc) {
        decoder = euc.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        encoder = euc.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The character of the 7-bit pair {@code c1 c2}, or 0 when it has none. */
    char decode(int c1, int c2) {
        if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) {
            return 0;
        }
        pair.clear();
        pair.put((byte) (c1 | 0x80)).put((byte) (c2 | 0x80)).flip();
        one.clear();
        decoder.reset();
        CoderResult r = decoder.decode(pair, one, true);
        return r.isError() || one.position() != 1 ? 0 : one.get(0);
    }

    /** The 7-bit pair of {@code c} as {@code first << 8 | second}, or -1 when the set has no such character. */
    int encode(char c) {
        two.clear();
        encoder.reset();
        CoderResult r = encoder.encode(CharBuffer.wrap(new char[] {c}), two, true);
        if (r.isError() || two.position() != 2) {
            return -1;
        }
        return (two.get(0) & 0x7f) << 8 | two.get(1) & 0x7f;
    }
}
