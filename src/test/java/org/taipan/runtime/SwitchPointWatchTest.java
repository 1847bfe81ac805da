package org.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.SwitchPoint;
import org.junit.jupiter.api.Test;

/**
 * The switch points compiled traces depend on ({@link PyDict#watchKey}, {@link PyType#versionSwitchPoint}):
 * each kind of change of what they stand for invalidates them, unrelated changes do not, and a key
 * or type that keeps changing stops getting new ones.
 */
class SwitchPointWatchTest {
    private static PyStr s(String name) {
        return PyStr.of(name);
    }

    @Test
    void rebindingAWatchedKeyInvalidatesOnlyItsSwitchPoint() {
        PyDict d = new PyDict();
        d.setItem(s("a"), PyInt.of(1));
        d.setItem(s("b"), PyInt.of(2));
        SwitchPoint a = d.watchKey(s("a"));
        SwitchPoint b = d.watchKey(s("b"));
        assertSame(a, d.watchKey(s("a")));
        d.setItem(s("c"), PyInt.of(3));
        d.setItem(s("b"), d.getItem(s("b")));  // the same object again: the binding is unchanged
        for (int i = 0; i < 20; i++) {
            d.setItem(s("n" + i), PyInt.of(i));  // inserts that resize the tables move entries, not bindings
        }
        assertFalse(a.hasBeenInvalidated());
        assertFalse(b.hasBeenInvalidated());
        d.setItem(s("a"), PyInt.of(10));
        assertTrue(a.hasBeenInvalidated());
        assertFalse(b.hasBeenInvalidated());
        SwitchPoint again = d.watchKey(s("a"));
        assertNotNull(again);
        assertFalse(again.hasBeenInvalidated());
    }

    @Test
    void deletionInsertionClearAndMergeInvalidate() {
        PyDict d = new PyDict();
        d.setItem(s("x"), PyInt.of(1));
        SwitchPoint x = d.watchKey(s("x"));
        d.pop(s("x"));
        assertTrue(x.hasBeenInvalidated());

        SwitchPoint absent = d.watchKey(s("len"));  // a builtin's absence from the globals
        d.setItem(s("len"), PyInt.of(0));
        assertTrue(absent.hasBeenInvalidated());

        SwitchPoint y = d.watchKey(s("y"));
        d.clear();
        assertTrue(y.hasBeenInvalidated());

        PyDict e = new PyDict();
        e.setItem(s("z"), PyInt.of(1));
        SwitchPoint z = e.watchKey(s("z"));
        PyDict other = new PyDict();
        other.setItem(s("z"), PyInt.of(2));
        e.mergeFrom(other);
        assertTrue(z.hasBeenInvalidated());

        PyDict empty = new PyDict();
        SwitchPoint w = empty.watchKey(s("w"));
        empty.mergeFrom(other);  // an empty dict takes copies of the other's tables
        assertTrue(w.hasBeenInvalidated());
    }

    @Test
    void aNonStrKeyInvalidatesEveryWatchedKey() {
        PyDict d = new PyDict();
        d.setItem(s("a"), PyInt.of(1));
        SwitchPoint a = d.watchKey(s("a"));
        d.setItem(PyInt.of(7), PyInt.of(1));
        assertTrue(a.hasBeenInvalidated());
    }

    @Test
    void aKeyThatKeepsChangingIsNoLongerWatched() {
        PyDict d = new PyDict();
        for (int i = 0; i < KeyWatches.MAX_INVALIDATIONS; i++) {
            SwitchPoint sp = d.watchKey(s("k"));
            assertNotNull(sp);
            d.setItem(s("k"), PyInt.of(i));
            assertTrue(sp.hasBeenInvalidated());
        }
        assertNull(d.watchKey(s("k")));
        assertNotNull(d.watchKey(s("other")));
    }

    @Test
    void modifyingATypeOrABaseInvalidatesItsVersionSwitchPoint() {
        PyType base = PyType.newHeapType(PyType.TYPE, "B", new PyType[0], new PyDict());
        PyType sub = PyType.newHeapType(PyType.TYPE, "S", new PyType[] {base}, new PyDict());
        PyType unrelated = PyType.newHeapType(PyType.TYPE, "U", new PyType[0], new PyDict());
        SwitchPoint sp = sub.versionSwitchPoint(sub.versionTag());
        SwitchPoint bp = base.versionSwitchPoint(base.versionTag());
        assertSame(sp, sub.versionSwitchPoint(sub.versionTag()));
        assertNull(sub.versionSwitchPoint(sub.versionTag() - 1));
        unrelated.setAttrFromPython(s("x"), PyInt.of(1));
        assertFalse(sp.hasBeenInvalidated());
        sub.setAttrFromPython(s("y"), PyInt.of(1));  // a subclass changing leaves its base alone
        assertTrue(sp.hasBeenInvalidated());
        assertFalse(bp.hasBeenInvalidated());
        SwitchPoint sp2 = sub.versionSwitchPoint(sub.versionTag());
        base.setAttrFromPython(s("x"), PyInt.of(5));
        assertTrue(bp.hasBeenInvalidated());
        assertTrue(sp2.hasBeenInvalidated());
    }

    @Test
    void aTypeModifiedOverAndOverGetsNoMoreSwitchPoints() {
        PyType t = PyType.newHeapType(PyType.TYPE, "T", new PyType[0], new PyDict());
        for (int i = 0; i < PyType.MAX_VERSION_INVALIDATIONS; i++) {
            assertNotNull(t.versionSwitchPoint(t.versionTag()));
            t.setAttrFromPython(s("n"), PyInt.of(i));
        }
        assertNull(t.versionSwitchPoint(t.versionTag()));
    }
}
