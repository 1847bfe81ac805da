package org.taipan.runtime;

import java.lang.invoke.SwitchPoint;
import java.util.HashMap;
import java.util.Map;

/**
 * The watched keys of one dict (module globals, builtins, a module's namespace): for each str key
 * a compiled trace assumes something about, the {@link SwitchPoint} that trace's code depends on.
 * The dict tells this object about every change of a key's binding (store, insertion, deletion,
 * clearing); the key's switch point is then invalidated, which makes the JVM deoptimize every
 * trace that used the binding as a constant (CPython 3.12's dict watchers play the same role for
 * its specializer). Dicts nobody watches have none of this: their stores pay one null test.
 *
 * <p>A key whose switch point was invalidated {@link #MAX_INVALIDATIONS} times is volatile: no
 * new switch point is handed out for it, so the JIT checks it on every use instead of
 * recompiling after each change. Only exact {@code str} keys are watched; a change of any other
 * key invalidates every watched key of the dict (such a key may compare equal to a name).
 * Instances are confined to their dict's interpreter (its GIL serializes the calls).
 */
final class KeyWatches {
    /** Invalidations after which a key is no longer speculated on. */
    static final int MAX_INVALIDATIONS = 3;

    private static final class Watch {
        SwitchPoint switchPoint;
        int invalidations;
    }

    private final Map<PyStr, Watch> keys = new HashMap<>();

    /** The switch point for {@code key}'s current binding, or null when the key is volatile. */
    SwitchPoint switchPointFor(PyStr key) {
        Watch w = keys.computeIfAbsent(key, k -> new Watch());
        if (w.invalidations >= MAX_INVALIDATIONS) {
            return null;
        }
        if (w.switchPoint == null) {
            w.switchPoint = new SwitchPoint();
        }
        return w.switchPoint;
    }

    /** The binding of {@code key} (the key object the dict holds or was given) changed. */
    void changed(PyObject key) {
        if (key.getClass() != PyStr.class) {
            changedAll();
            return;
        }
        Watch w = keys.get(key);
        if (w != null) {
            invalidate(w);
        }
    }

    /** Every binding may have changed (the dict was cleared or its tables replaced). */
    void changedAll() {
        for (Watch w : keys.values()) {
            invalidate(w);
        }
    }

    private static void invalidate(Watch w) {
        SwitchPoint sp = w.switchPoint;
        if (sp != null) {
            w.switchPoint = null;
            w.invalidations++;
            SwitchPoint.invalidateAll(new SwitchPoint[] {sp});
        }
    }
}
