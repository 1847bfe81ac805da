package org.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PEP 263 cookies, BOM and decoding errors; messages as {@code python3 FILE} prints them. */
class SourceDecoderTest {
    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.ISO_8859_1);
        byte[] z = c.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    static String decode(byte[] data) {
        return SourceDecoder.decode(data, "f.py");
    }

    static String error(byte[] data) {
        return assertThrows(SyntaxErrorException.class, () -> decode(data)).msg;
    }

    @Test
    void utf8ByDefault() {
        assertEquals("x = '\u00e9'\n", decode("x = '\u00e9'\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bomIsDropped() {
        assertEquals("x = 1\n", decode(concat("", bytes(0xEF, 0xBB, 0xBF), "x = 1\n")));
        assertEquals("# coding: utf-8\n", decode(concat("", bytes(0xEF, 0xBB, 0xBF), "# coding: utf-8\n")));
    }

    @Test
    void bomWithOtherCookie() {
        assertEquals("encoding problem: iso-8859-1 with BOM",
                error(concat("", bytes(0xEF, 0xBB, 0xBF), "# -*- coding: latin-1 -*-\nx=1\n")));
    }

    @Test
    void cookies() {
        assertEquals("# coding: latin-1\nx = '\u00e9'\n", decode(concat("# coding: latin-1\nx = '", bytes(0xE9), "'\n")));
        assertEquals("\u20ac", decode(concat("#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n", bytes(0x80), ""))
                .substring(51));
        assertEquals("\u00e9", decode(concat("# -*- coding: iso-8859-15 -*-\n", bytes(0xE9), "")).substring(30));
        assertEquals("\u20ac", decode(concat("# -*- coding: iso-8859-15 -*-\n", bytes(0xA4), "")).substring(30));
        assertEquals("# coding: utf8\n\u00e9", decode("# coding: utf8\n\u00e9".getBytes(StandardCharsets.UTF_8)));
        assertEquals("#coding=Latin_1\n\u00e9", decode(concat("#coding=Latin_1\n", bytes(0xE9), "")));
    }

    @Test
    void cookieOnlyInFirstTwoCommentLines() {
        // line 1 has code: the cookie on line 2 does not count
        assertEquals("Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details",
                error(concat("x = 1\n# coding: latin-1\nx = '", bytes(0xE9), "'\n")));
        assertEquals("\n\n# coding: latin-1\n\u00e9",
                new String(decode(concat("\n\n# coding: latin-1\n", bytes(0xC3, 0xA9), "")).getBytes(
                        StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void unknownEncoding() {
        assertEquals("encoding problem: xyz", error("# -*- coding: xyz -*-\nx=1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("encoding problem: foo-bar", error("  # coding: foo-bar\nx = 1\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void undecodableWithCookie() {
        assertEquals("encoding problem: ascii", error(concat("\n# coding=ascii\nx = \"", bytes(0xE9), "\"\n")));
    }

    @Test
    void invalidUtf8() {
        assertEquals("Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see "
                + "https://peps.python.org/pep-0263/ for details", error(concat("x = 1\ny = \"", bytes(0xFF), "\"\n")));
        // an encoded surrogate is not UTF-8
        assertEquals("Non-UTF-8 code starting with '\\xed' in file f.py on line 2, but no encoding declared; see "
                + "https://peps.python.org/pep-0263/ for details",
                error(concat("x = 1\ny = \"", bytes(0xED, 0xA0, 0x80), "\"\n")));
    }

    /** python3 FILE with a utf-8 cookie or a BOM: the error comes from decoding the literal. */
    @Test
    void invalidUtf8WhenDeclared() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> decode(concat("# coding: utf-8\nx = \"", bytes(0xFF), "\"\n")));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.msg);
        assertEquals(2, e.lineno);
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                error(concat("", bytes(0xEF, 0xBB, 0xBF, 'x', '=', '"', 0xFF, '"'), "\n")));
        // python3: b'# coding: utf-8\nx = "\xc3\xa9\xc3("' -> position 2: invalid continuation byte
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte",
                error(concat("# coding: utf-8\nx = \"", bytes(0xC3, 0xA9, 0xC3), "(\"\n")));
    }

    @Test
    void nullBytes() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> decode(concat("x = 1\ny = 2", bytes(0), "\n")));
        assertEquals("source code cannot contain null bytes", e.msg);
        assertEquals(2, e.lineno);
        assertEquals("y = 2", e.text);
    }

    @Test
    void undeclaredUtf8ReadsEachLineUpToItsFirstNullByte() {
        // python3 f.py: the first faulty line decides; within it, a bad byte before the null byte wins
        assertTrue(error(concat("x = 1", bytes(0xFF, 0), "\n")).startsWith("Non-UTF-8 code starting with '\\xff'"));
        assertEquals("source code cannot contain null bytes", error(concat("x = ", bytes(0, 0xFF), "\n")));
        assertEquals("source code cannot contain null bytes", error("x=1\n\0\ny\u00ff\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(error("x=1\n\u00ff\ny\0\n".getBytes(StandardCharsets.ISO_8859_1)).contains("on line 2"));
    }

    @Test
    void nullBytesInStringSource() {
        // compile() of a str: CPython 3.11.7 raises this SyntaxError without a location
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> new Tokenizer("x = 1 # \0\n", "f"));
        assertEquals("source code string cannot contain null bytes", e.msg);
    }
}
