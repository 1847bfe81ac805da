package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** str is a sequence of code points: length, indexing, ordering and repr by code point. */
class StrTest {
    @Test
    void nonBmpCharacterCountsAsOne() {
        PyStr s = PyStr.of("a\uD83D\uDE00b");
        assertEquals(3, s.length());
        assertEquals(0x1F600, s.codePointAt(1));
        assertEquals("b", s.substring(2, 3).toString());
        assertEquals(PyInt.of(3), PyInt.of(Abstract.length(s)));
        assertEquals(PyStr.of("\uD83D\uDE00"), Abstract.getItem(s, PyInt.of(-2)));
    }

    @Test
    void orderingIsByCodePoint() {
        PyStr bmpMax = PyStr.ofCodePoint(0xFFFF);
        PyStr astral = PyStr.ofCodePoint(0x10000);
        assertTrue(bmpMax.compareTo(astral) < 0, "'\\uffff' < '\\U00010000'");
        assertTrue(Abstract.richCompareBool(bmpMax, astral, CompareOp.LT));
    }

    @Test
    void loneSurrogatesAreCharacters() {
        PyStr hi = PyStr.ofCodePoint(0xD800);
        PyStr lo = PyStr.ofCodePoint(0xDC00);
        PyStr both = hi.concat(lo);
        assertEquals(2, both.length(), "two lone surrogates do not pair up");
        assertEquals("'\\ud800\\udc00'", StrRepr.repr(both));
        assertFalse(both.equals(PyStr.ofCodePoint(0x10000)));
    }

    @Test
    void reprChoosesQuotesAndEscapes() {
        assertEquals("'a\\nb'", StrRepr.repr(PyStr.of("a\nb")));
        assertEquals("\"it's\"", StrRepr.repr(PyStr.of("it's")));
        assertEquals("'\\x00\\x7f'", StrRepr.repr(PyStr.of("\0\u007f")));
        assertEquals("'é'", StrRepr.repr(PyStr.of("é")));
    }

    @Test
    void equalStringsHashAlike() {
        PyStr a = PyStr.of("x\uD83D\uDE00");
        PyStr b = PyStr.ofCodePoints(new int[] {'x', 0x1F600});
        assertEquals(a, b);
        assertEquals(a.hash(), b.hash());
    }
}
