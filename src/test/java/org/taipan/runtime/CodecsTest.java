package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The codecs agree with the JDK's charsets on well-formed text (random strings of every
 * plane), and malformed input is reported with CPython's ranges and reasons.
 */
class CodecsTest {
    private static String randomText(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            int c = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> r.nextInt(0x800);
                case 2 -> r.nextInt(0x10000);
                default -> 0x10000 + r.nextInt(0x100000);
            };
            if (c < 0xD800 || c > 0xDFFF) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    @Test
    void wellFormedTextRoundTripsLikeTheJdk() {
        Random r = new Random(42);
        String[][] pairs = {{"utf-8", "UTF-8"}, {"utf-16-le", "UTF-16LE"}, {"utf-16-be", "UTF-16BE"},
            {"utf-32-le", "UTF-32LE"}, {"utf-32-be", "UTF-32BE"}};
        for (int i = 0; i < 200; i++) {
            String text = randomText(r, r.nextInt(40));
            for (String[] p : pairs) {
                byte[] expected = text.getBytes(Charset.forName(p[1]));
                byte[] actual = Codecs.encode(PyStr.of(text), p[0], "strict").bytes();
                assertArrayEquals(expected, actual, p[0] + " encode of " + text);
                assertEquals(text, Codecs.decode(expected, p[0], "strict").toString(), p[0] + " decode");
            }
        }
    }

    @Test
    void plainUtf16AndUtf32WriteALittleEndianBom() {
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, Codecs.encode(PyStr.of("a"), "utf-16", "strict")
                .bytes());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0},
                Codecs.encode(PyStr.of("a"), "UTF_32", "strict").bytes());
        assertEquals("a", Codecs.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, "utf16", "strict").toString());
    }

    @Test
    void malformedUtf8HasCPythonsRangesAndReasons() {
        PyException e = assertThrows(PyException.class,
                () -> Codecs.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
                Abstract.str(e.value).toString());
        e = assertThrows(PyException.class, () -> Codecs.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                Abstract.str(e.value).toString());
        assertEquals("a\uFFFD(", Codecs.decode(new byte[] {'a', (byte) 0xE2, '('}, "utf-8", "replace").toString());
    }

    @Test
    void namesAreNormalisedAndUnknownOnesRaiseLookupError() {
        assertEquals(Codecs.Codec.UTF_8, Codecs.lookup("  UTF--8 "));
        assertEquals(Codecs.Codec.LATIN_1, Codecs.lookup("ISO-8859-1"));
        assertEquals(Codecs.Codec.ASCII, Codecs.lookup("US-ASCII"));
        PyException e = assertThrows(PyException.class, () -> Codecs.lookup("klingon"));
        assertEquals("unknown encoding: klingon", Abstract.str(e.value).toString());
        assertEquals("caf\u00e9", new String(Codecs.encode(PyStr.of("caf\u00e9"), "latin1", "strict").bytes(),
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void incrementalDecodingAcrossEveryChunkBoundary() {
        Random r = new Random(7);
        String text = randomText(r, 60);
        for (String enc : new String[] {"utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "latin-1"}) {
            String t = enc.equals("latin-1") ? "caf\u00e9 \u00ff" : text;
            byte[] data = Codecs.encode(PyStr.of(t), enc.equals("utf-16") ? "utf-16-be" : enc, "strict").bytes();
            if (enc.equals("utf-16")) {
                byte[] withBom = new byte[data.length + 2];
                withBom[0] = (byte) 0xFE;
                withBom[1] = (byte) 0xFF;
                System.arraycopy(data, 0, withBom, 2, data.length);
                data = withBom;
            }
            for (int cut = 0; cut <= data.length; cut++) {
                IncrementalDecoder d = new IncrementalDecoder(enc, "strict");
                String got = d.decode(java.util.Arrays.copyOfRange(data, 0, cut), false).toString()
                        + d.decode(java.util.Arrays.copyOfRange(data, cut, data.length), true).toString();
                assertEquals(t, got, enc + " cut at " + cut);
            }
        }
    }

    @Test
    void incompleteInputIsAnErrorOnlyAtTheEnd() {
        IncrementalDecoder d = new IncrementalDecoder("utf-8", "strict");
        assertEquals("a", d.decode(new byte[] {'a', (byte) 0xC3}, false).toString());
        assertEquals(1, d.pending().length);
        PyException e = assertThrows(PyException.class, () -> d.decode(new byte[0], true));
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
                Abstract.str(e.value).toString());
    }

    @Test
    void errorPositionsOfAStreamCountItsBom() {
        IncrementalDecoder d = new IncrementalDecoder("utf-16", "strict");
        PyException e = assertThrows(PyException.class, () -> d.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}, true));
        assertEquals("'utf-16-le' codec can't decode byte 0x61 in position 2: truncated data",
                Abstract.str(e.value).toString());
    }

    @Test
    void aJavaOwnedBufferCanBeExportedAndPinsItsSize() {
        BufferExports exports = new BufferExports();
        byte[] buf = {1, 2, 3};
        PyMemoryView view = PyMemoryView.over(PyNone.NONE, buf, 2, false, exports);
        assertEquals(true, exports.active());
        assertThrows(PyException.class, exports::checkResize);
        Abstract.setItem(view, PyInt.of(0), PyInt.of(9));
        assertEquals(9, buf[0]);
        Callables.callAttr(view, "release");
        assertEquals(false, exports.active());
    }
}
