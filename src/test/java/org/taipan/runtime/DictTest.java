package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** dict: insertion order, Python equality of keys (1 == 1.0 == True), deletion and growth. */
class DictTest {
    @Test
    void keepsInsertionOrderAcrossDeletesAndGrowth() {
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) {
            d.setItem(PyInt.of(i), PyStr.of("v" + i));
        }
        for (int i = 0; i < 100; i += 2) {
            d.delItem(PyInt.of(i));
        }
        d.setItem(PyInt.of(0), PyStr.of("again"));
        assertEquals(51, d.size());
        assertEquals(PyInt.of(1), d.keyAt(0));
        assertEquals(PyInt.of(99), d.keyAt(49));
        assertEquals(PyInt.of(0), d.keyAt(50));
        assertTrue(Abstract.repr(d).startsWith("{1: 'v1', 3: 'v3', "));
    }

    @Test
    void equalNumbersAreTheSameKey() {
        PyDict d = new PyDict();
        d.setItem(PyInt.ONE, PyStr.of("int"));
        d.setItem(new PyFloat(1.0), PyStr.of("float"));
        d.setItem(PyBool.TRUE, PyStr.of("bool"));
        assertEquals(1, d.size());
        assertEquals(PyInt.ONE, d.keyAt(0), "the first key object is kept");
        assertEquals(PyStr.of("bool"), d.getItem(PyInt.ONE));
    }

    @Test
    void unhashableKeysRaiseTypeError() {
        PyDict d = new PyDict();
        PyException e = assertThrows(PyException.class, () -> d.setItem(new PyList(), PyNone.NONE));
        assertEquals("unhashable type: 'list'", Abstract.str(e.value).toString());
        assertNull(d.getItem(PyStr.of("missing")));
    }

    @Test
    void setsIterateInCPythonOrder() {
        PySet s = new PySet(false);
        for (int v : new int[] {3, 1, 2, 100, 33}) {
            s.add(PyInt.of(v));
        }
        assertEquals("{1, 2, 3, 100, 33}", Abstract.repr(s));
    }
}
