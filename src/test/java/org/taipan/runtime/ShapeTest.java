package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Shape} transitions and {@link PyType} version tags, as attribute caches rely on them. */
class ShapeTest {
    @Test
    void sameInsertionOrderSharesOneShape() {
        Shape root = Shape.newRoot();
        Shape a = root.withAttribute(PyStr.of("x")).withAttribute(PyStr.of("y"));
        Shape b = root.withAttribute(PyStr.of("x")).withAttribute(PyStr.of("y"));
        assertSame(a, b);
        assertEquals(1, a.indexOf(PyStr.of("y")));
        assertEquals(-1, a.indexOf(PyStr.of("z")));
        Shape c = root.withAttribute(PyStr.of("y")).withAttribute(PyStr.of("x"));
        assertNotSame(a, c);
        assertEquals(0, c.indexOf(PyStr.of("y")));
    }

    @Test
    void tooManyAttributesGiveNoShape() {
        Shape s = Shape.newRoot();
        for (int i = 0; i < Shape.MAX_ATTRIBUTES; i++) {
            s = s.withAttribute(PyStr.of("a" + i));
        }
        assertEquals(Shape.MAX_ATTRIBUTES, s.size());
        assertNull(s.withAttribute(PyStr.of("one_more")));
    }

    @Test
    void instanceDictKeepsShapeOrderAndLaterWrites() {
        PyType t = PyType.newHeapType(PyType.TYPE, "T", new PyType[0], new PyDict());
        PyInstance o = new PyInstance(t);
        o.setAttribute(PyStr.of("b"), PyInt.of(1));
        o.setAttribute(PyStr.of("a"), PyInt.of(2));
        assertSame(t.rootShape().withAttribute(PyStr.of("b")).withAttribute(PyStr.of("a")), o.shape());
        PyDict d = o.dict();
        assertNull(o.shape());
        assertEquals(PyStr.of("b"), d.keyAt(0));
        o.setAttribute(PyStr.of("c"), PyInt.of(3));
        assertEquals(3, d.size());
        assertSame(d.getItem(PyStr.of("c")), o.getAttribute(PyStr.of("c")));
    }

    @Test
    void changingABaseChangesSubclassVersions() {
        PyType base = PyType.newHeapType(PyType.TYPE, "B", new PyType[0], new PyDict());
        PyType sub = PyType.newHeapType(PyType.TYPE, "S", new PyType[] {base}, new PyDict());
        assertNull(sub.lookup(PyStr.of("x")));
        int before = sub.versionTag();
        base.setAttrFromPython(PyStr.of("x"), PyInt.of(5));
        assertTrue(before != sub.versionTag());
        assertEquals(PyInt.of(5), sub.lookup(PyStr.of("x")));
    }
}
