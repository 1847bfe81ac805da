package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/** The edit costs and cut-offs of CPython 3.11's suggestions.c. */
class SuggestionsTest {
    private static int d(String a, String b) {
        return Suggestions.distance(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void caseFlipCostsOneOtherEditsTwo() {
        assertEquals(1, d("abs", "Abs"));
        assertEquals(2, d("foo", "fooo"));
        assertEquals(4, d("pritn", "print"));
        assertEquals(6, d("", "abc"));
    }

    @Test
    void bestCandidateWithinAThird() {
        PyObject[] names = {PyStr.of("print"), PyStr.of("property"), PyStr.of("len")};
        assertEquals(PyStr.of("print"), Suggestions.best(names, PyStr.of("pritn")));
        assertNull(Suggestions.best(names, PyStr.of("xyz")));
        assertNull(Suggestions.best(new PyObject[] {PyStr.of("ab")}, PyStr.of("ba")));
    }
}
