package org.taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.taipan.runtime.PyStr;

class InternedStringsTest {
    @Test
    void anEqualStrIsTheCanonicalOne() {
        InternedStrings t = new InternedStrings();
        PyStr first = PyStr.of("spam_" + 1);
        assertSame(first, t.canonical(first));
        assertSame(first, t.canonical(PyStr.of("spam_" + 1)));
    }

    @Test
    void aStrNothingElseHoldsIsDropped() {
        // as CPython 3.11's mortal interned strings: the table alone does not keep one alive
        InternedStrings t = new InternedStrings();
        t.canonical(PyStr.of("eggs_" + 2));
        PyStr later = PyStr.of("eggs_" + 2);
        boolean replaced = false;
        for (int i = 0; i < 20 && !replaced; i++) {
            System.gc();
            replaced = t.canonical(later) == later;
        }
        assertTrue(replaced, "the first str was let go");
    }
}
